import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { VersionedCache } from '../../common/versioned-cache.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import { Region } from '../geography/region.entity.js';
import { readPopulationFile, requirePopulation, requireYear } from './population-file.js';
import type { ImportRegionPopulationsInput, PopulationImport, SetRegionPopulationInput } from './populations.types.js';
import { RegionPopulation } from './region-population.entity.js';
import { type FigureUsed, populationOfYear, yearOf } from './year-rule.js';

/** The most years one listing covers. */
const MAX_YEARS = 50;

/** The figures each region's reports use on each day: day → region id → figure and its year. */
export type FiguresOnDays = Map<IsoDate, Map<string, FigureUsed>>;

/** Regions' populations per year: kept by coordinators, one figure at a time or a year's file at once. */
export class PopulationsService {
  private readonly cache = new VersionedCache(1);

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Every region's figures of the years from `fromYear` to `toYear`, by year then region. */
  async list(fromYear: number, toYear: number): Promise<RegionPopulation[]> {
    requireYear(fromYear, 'fromYear');
    requireYear(toYear, 'toYear');
    if (toYear < fromYear) {
      throw badInput(`The last year ${toYear} is before the first ${fromYear}.`, {
        reason: 'END_BEFORE_START',
        field: 'toYear',
        params: { startDate: String(fromYear), endDate: String(toYear) },
      });
    }
    if (toYear - fromYear + 1 > MAX_YEARS) {
      throw badInput(`A listing covers at most ${MAX_YEARS} years.`, {
        reason: 'TOO_MANY_POINTS',
        field: 'toYear',
        params: { max: MAX_YEARS },
      });
    }
    return this.db
      .getRepository(RegionPopulation)
      .createQueryBuilder('p')
      .where('p.year BETWEEN :fromYear AND :toYear', { fromYear, toYear })
      .orderBy('p.year', 'ASC')
      .addOrderBy('p.regionId', 'ASC')
      .getMany();
  }

  /**
   * Every region's figures, all years (21 regions × a few dozen years), read once per version of the register: every
   * report, trend and goal evaluation shares them.
   */
  async allFigures(): Promise<RegionPopulation[]> {
    return this.cache.get(await this.audit.version(), 'all', () =>
      this.db.getRepository(RegionPopulation).find({ order: { year: 'ASC' } }),
    );
  }

  /** Every figure of these regions, all years: a region has one per year, so a few dozen each. */
  figuresOf(regionIds: readonly string[], em: EntityManager = this.db.manager): Promise<RegionPopulation[]> {
    const ids = regionIds.filter(isId);
    if (!ids.length) return Promise.resolve([]);
    return em.getRepository(RegionPopulation).find({ where: { regionId: In(ids) }, order: { year: 'ASC' } });
  }

  /** The figures the reports on each of `days` use, by the year rule, from figures read with `figuresOf`. */
  figuresOn(
    regionIds: readonly string[],
    figures: readonly RegionPopulation[],
    days: readonly IsoDate[],
  ): FiguresOnDays {
    const byRegion = new Map<string, RegionPopulation[]>(regionIds.map((id) => [id, []]));
    for (const figure of figures) byRegion.get(figure.regionId)?.push(figure);
    return new Map(
      days.map((day) => [
        day,
        new Map([...byRegion].map(([regionId, own]) => [regionId, populationOfYear(own, yearOf(day))])),
      ]),
    );
  }

  /** A region's figure for a year by the year rule, from its figures; the current year when none is asked. */
  populationIn(figures: readonly RegionPopulation[], year: number = yearOf(this.clock.today())): number {
    return populationOfYear(figures, year).population;
  }

  async set(actor: Actor, input: SetRegionPopulationInput): Promise<RegionPopulation> {
    requireRole(actor, REGISTER_KEEPERS, 'set populations');
    requireYear(input.year);
    requirePopulation(input.population);
    const region = await this.geography.findRegion(input.regionId);
    if (!region) throw notFound('Region', input.regionId, 'regionId');
    return this.tx.run(async (em) => {
      const stored = await this.lockedFigure(em, region.id, input.year, input.expectedVersion);
      return (
        (await this.write(em, actor, 'setRegionPopulation', region.id, input.year, input.population, stored)) ?? stored!
      );
    });
  }

  /**
   * Reads a year's file of Statistics Sweden: every line is checked before anything is written, and one line that
   * cannot be read, an unknown code or a code twice refuses the whole file. A dry run only reports what would change.
   */
  async import(actor: Actor, input: ImportRegionPopulationsInput): Promise<PopulationImport> {
    requireRole(actor, REGISTER_KEEPERS, 'import populations');
    requireYear(input.year);
    const lines = readPopulationFile(input.text);
    const regions = await this.db.getRepository(Region).find();
    const regionOf = new Map(regions.map((r) => [r.code, r]));
    for (const { line, code } of lines) {
      if (!regionOf.has(code)) {
        throw badInput(`Line ${line}: the county code ${code} belongs to no region.`, {
          reason: 'UNKNOWN_REGION_CODE',
          field: 'text',
          params: { line, code },
        });
      }
    }
    const rowsWith = (previous: Map<string, number>) =>
      lines.map(({ line, code, population }) => {
        const region = regionOf.get(code)!;
        return { line, regionCode: code, region, population, previous: previous.get(region.id) ?? null };
      });
    if (input.dryRun) {
      const stored = await this.db.getRepository(RegionPopulation).findBy({ year: input.year });
      return {
        year: input.year,
        rows: rowsWith(new Map(stored.map((s) => [s.regionId, s.population]))),
        applied: false,
      };
    }
    return this.tx.run(async (em) => {
      const previous = new Map<string, number>();
      for (const row of lines) {
        const region = regionOf.get(row.code)!;
        const figure = await this.lockedFigure(em, region.id, input.year);
        if (figure) previous.set(region.id, figure.population);
        await this.write(em, actor, 'importRegionPopulations', region.id, input.year, row.population, figure);
      }
      return { year: input.year, rows: rowsWith(previous), applied: true };
    });
  }

  /**
   * The stored figure of a region's year, locked until the transaction ends and checked against the version the
   * editor read; null when the year has no figure yet (a concurrent first figure then collides on the unique index).
   */
  private async lockedFigure(
    em: EntityManager,
    regionId: string,
    year: number,
    expectedVersion?: number | null,
  ): Promise<RegionPopulation | null> {
    const found = await em.getRepository(RegionPopulation).findOneBy({ regionId, year });
    if (!found) return null;
    return this.tx.loadForEdit(em, {
      table: 'region_populations',
      id: found.id,
      what: 'population',
      expectedVersion,
      load: (m, id) => m.getRepository(RegionPopulation).findOneByOrFail({ id }),
    });
  }

  /** Stores a changed figure with its audit event; null when the figure is already the stored one. */
  private async write(
    em: EntityManager,
    actor: Actor,
    operation: string,
    regionId: string,
    year: number,
    population: number,
    stored: RegionPopulation | null,
  ): Promise<RegionPopulation | null> {
    if (stored?.population === population) return null;
    const repository = em.getRepository(RegionPopulation);
    const before = stored ? this.audit.snapshot(stored) : null;
    const saved = await repository.save(
      stored ? Object.assign(stored, { population }) : repository.create({ regionId, year, population }),
    );
    await this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.REGION_POPULATION,
      entityId: saved.id,
      before,
      after: saved,
      concerns: [{ entityType: AuditEntityType.REGION, entityId: regionId }],
    });
    return saved;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    populations: PopulationsService;
  }
}
