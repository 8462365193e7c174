// The fictitious persons: names drawn from common Swedish first and last names (never a well-known Swede's), an
// e-mail address at their region's example domain, and the register of everyone created so far.
import { pick } from './basics.mjs';

// --------------------------------------------------------------------------------------------------------- persons
const FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin', 'Linda', 'Johanna',
  'Elin', 'Sofia', 'Annika', 'Helena', 'Ida', 'Camilla', 'Åsa', 'Ulrika', 'Frida', 'Jenny', 'Hanna', 'Therese', 'Märta',
  'Erik', 'Lars', 'Anders', 'Johan', 'Per', 'Karl', 'Peter', 'Mikael', 'Jan', 'Lennart', 'Fredrik', 'Magnus', 'Henrik',
  'Daniel', 'Mattias', 'Jonas', 'Niklas', 'Stefan', 'Ola', 'Björn', 'Göran', 'Tomas', 'Patrik', 'Joakim', 'Östen'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindström', 'Lindqvist', 'Lindgren', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundqvist', 'Håkansson',
  'Björk', 'Bergström', 'Lundberg', 'Nordström', 'Holmberg', 'Sundberg', 'Isaksson', 'Nordin', 'Strand', 'Öberg',
  'Hedlund', 'Åström', 'Lundmark', 'Nyström', 'Backman', 'Granström', 'Sundqvist', 'Marklund', 'Öhman', 'Wikström'];
// Combinations of the lists above that name well-known Swedes (politicians, athletes, artists). They are never drawn,
// so that no demo person can be mistaken for a real, known one.
export const WELL_KNOWN = new Set(['Göran Persson', 'Stefan Persson', 'Mattias Karlsson', 'Anna Johansson', 'Peter Eriksson',
  'Lars Danielsson', 'Göran Lindberg', 'Henrik Larsson', 'Peter Forsberg', 'Henrik Lundqvist', 'Anders Svensson',
  'Johan Olsson', 'Frida Karlsson', 'Hanna Öberg', 'Emma Johansson', 'Patrik Sjöberg', 'Joakim Nyström', 'Jan Eriksson',
  'Jonas Eriksson', 'Lennart Johansson', 'Magnus Andersson', 'Per Gustafsson', 'Mikael Nilsson', 'Daniel Andersson',
  'Ola Svensson', 'Helena Bergström', 'Fredrik Lindström', 'Jenny Nyström', 'Karin Larsson', 'Eva Eriksson',
  'Anders Nilsson', 'Anders Holmberg', 'Johan Persson', 'Tomas Andersson', 'Erik Andersson', 'Björn Eriksson']);
const SLUG = { '01': 'stockholm', '03': 'uppsala', '04': 'sormland', '05': 'ostergotland', '06': 'jonkoping',
  '07': 'kronoberg', '08': 'kalmar', '09': 'gotland', 10: 'blekinge', 12: 'skane', 13: 'halland', 14: 'vgregion',
  17: 'varmland', 18: 'orebro', 19: 'vastmanland', 20: 'dalarna', 21: 'gavleborg', 22: 'vasternorrland',
  23: 'jamtlandharjedalen', 24: 'vasterbotten', 25: 'norrbotten' };
const ascii = (s) => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
export const emailFor = (name, region) => `${name.split(' ').map(ascii).join('.')}@${SLUG[region]}.example`;

export const persons = [];
export const personByRef = new Map();
const usedNames = new Set();
export function newPerson(region, title) {
  let name;
  do name = `${pick(FIRST)} ${pick(LAST)}`;
  while (usedNames.has(name) || WELL_KNOWN.has(name));
  usedNames.add(name);
  const ref = `p${String(persons.length + 1).padStart(4, '0')}`;
  const p = { ref, name, email: emailFor(name, region), employerRegion: region, title };
  persons.push(p);
  personByRef.set(ref, p);
  return ref;
}
export const regionOf = (personRef) => personByRef.get(personRef).employerRegion;
