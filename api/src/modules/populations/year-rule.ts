/** A figure of one year. */
export interface YearFigure {
  year: number;
  population: number;
}

/** The figure a report uses and the year it is of; year null when the region has no figure at all. */
export interface FigureUsed {
  population: number;
  year: number | null;
}

/**
 * The year rule: a report on a day of `year` uses that year's figure; missing, the latest earlier year's; none
 * earlier, the earliest later year's; none at all, 0.
 */
export function populationOfYear(figures: readonly YearFigure[], year: number): FigureUsed {
  let earlier: YearFigure | null = null;
  let later: YearFigure | null = null;
  for (const figure of figures) {
    if (figure.year === year) return { population: figure.population, year };
    if (figure.year < year && (!earlier || figure.year > earlier.year)) earlier = figure;
    if (figure.year > year && (!later || figure.year < later.year)) later = figure;
  }
  const used = earlier ?? later;
  return used ? { population: used.population, year: used.year } : { population: 0, year: null };
}

/** The year of an ISO day (YYYY-MM-DD). */
export const yearOf = (day: string): number => Number(day.slice(0, 4));
