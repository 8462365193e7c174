/* The fixed-seed randomness and the word lists from which the national data set draws its names. */

/** A fixed-seed PRNG: the national data set is the same on every machine and every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Anders',
  'Eva',
  'Johan',
  'Sara',
  'Per',
  'Lena',
  'Mikael',
  'Elin',
  'Nils',
  'Ingrid',
  'Olof',
  'Frida',
  'Gustav',
  'Maja',
  'Henrik',
  'Åsa',
  'Björn',
  'Linnea',
  'Jonas',
  'Ulla',
  'Oskar',
  'Sofia',
  'Tobias',
  'Helena',
  'Fredrik',
];
export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Lindqvist',
  'Forsberg',
  'Sandberg',
  'Holm',
  'Lundgren',
  'Strand',
  'Berg',
  'Öberg',
  'Åström',
  'Ekström',
  'Sjöberg',
  'Wikström',
  'Nyström',
  'Hedlund',
];
export const TITLES = [
  'Överläkare',
  'Verksamhetschef',
  'Specialistsjuksköterska',
  'Distriktsläkare',
  'Fysioterapeut',
  'Kurator',
  'Barnmorska',
  'Psykolog',
  'Apotekare',
  'Dietist',
  'Arbetsterapeut',
  'Enhetschef',
];
export const AREAS = [
  'vård',
  'uppföljning',
  'kunskapsstöd',
  'läkemedel',
  'diagnostik',
  'rehabilitering',
  'prevention',
  'vårdförlopp',
  'digitalisering',
  'utbildning',
];
