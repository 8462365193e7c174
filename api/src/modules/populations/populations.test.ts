import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../common/user-role.js';
import { TrendInterval } from '../../common/periods.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { GroupType } from '../groups/group-type.js';
import { Membership } from '../memberships/membership.entity.js';
import { Organisation, type OrganisationKind } from '../organisations/organisation.entity.js';
import { RegionPopulation } from './region-population.entity.js';

describe.each(await testDatabases())('populations on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let norraId: string;
  const region: Record<string, string> = {};
  const figures = () => env.services.db.getRepository(RegionPopulation).count();
  const events = () =>
    env.services.db.getRepository(AuditEvent).countBy({ entityType: AuditEntityType.REGION_POPULATION });
  const counts = async () => ({ figures: await figures(), events: await events() });
  const report = (asOf: string) => env.services.representation.report({ healthcareRegionId: norraId, asOf });
  const shareOf = (r: Awaited<ReturnType<typeof report>>, code: string) =>
    r.shares.find((s) => s.region.code === code)!;
  const figure = (code: string, year: number) =>
    env.services.db.getRepository(RegionPopulation).findOneByOrFail({ regionId: region[code], year });

  beforeAll(async () => {
    env = await openTestServices({ database });
    const f = factories(env.services);
    norraId = (await f.healthcareRegion('NORRA')).id;
    for (const code of ['25', '24', '23', '22', '01']) region[code] = (await f.region(code)).id;
    const npo = await f.npo();
    await f.membership(npo, await f.person(), { representedRegionId: region['24'], startDate: '2019-01-01' });
  });
  afterAll(() => env.close());

  it("a report on 2020-06-30 uses 2020's figures and one on 2024-12-31 uses 2024's", async () => {
    const in2020 = shareOf(await report('2020-06-30'), '25');
    expect([in2020.population, in2020.populationYear]).toEqual([251300, 2020]);
    const in2024 = await report('2024-12-31');
    expect([shareOf(in2024, '25').population, shareOf(in2024, '25').populationYear]).toEqual([248300, 2024]);
    const total = in2024.shares.reduce((sum, s) => sum + s.population, 0);
    expect(shareOf(in2024, '24').populationShare).toBeCloseTo(shareOf(in2024, '24').population / total, 12);
    expect(in2024.shares.reduce((sum, s) => sum + s.populationShare, 0)).toBeCloseTo(1, 12);
  });

  it('falls back to the latest earlier year, else the earliest later year', async () => {
    expect(shareOf(await report('2030-03-01'), '23').populationYear).toBe(2025);
    const early = shareOf(await report('2010-03-01'), '23');
    expect([early.population, early.populationYear]).toEqual([(await figure('23', 2019)).population, 2019]);
  });

  it("changing 2022's figure changes only the reports on days of 2022", async () => {
    const days = ['2021-12-31', '2022-01-01', '2022-12-31', '2023-01-01'];
    const before = await Promise.all(days.map(report));
    const stored = await figure('22', 2022);
    const saved = await env.services.populations.set(coordinator, {
      regionId: region['22']!,
      year: 2022,
      population: stored.population + 50_000,
      expectedVersion: stored.version,
    });
    expect(saved.version).toBe(stored.version + 1);
    const after = await Promise.all(days.map(report));
    days.forEach((day, i) => {
      const changed = day.startsWith('2022');
      const [b, a] = [shareOf(before[i]!, '22'), shareOf(after[i]!, '22')];
      expect(a.population - b.population, day).toBe(changed ? 50_000 : 0);
      expect(a.populationShare > b.populationShare, day).toBe(changed);
      expect(shareOf(after[i]!, '24').populationShare < shareOf(before[i]!, '24').populationShare, day).toBe(changed);
    });
  });

  it('weighs each trend point by the figures of its own year', async () => {
    const points = await env.services.representation.trend({
      healthcareRegionId: norraId,
      from: '2020-01-01',
      to: '2024-12-31',
      interval: TrendInterval.YEAR,
    });
    expect(points.map((p) => shareOf(p, '25').populationYear)).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const point of points) {
      const year = Number(point.asOf.slice(0, 4));
      expect(shareOf(point, '25').population).toBe((await figure('25', year)).population);
    }
  });

  it('Region.population is the current year figure by the rule; populationIn any year', async () => {
    const own = await env.services.populations.figuresOf([region['25']!]);
    expect(env.services.populations.populationIn(own, 2021)).toBe(250500);
    expect(env.services.populations.populationIn(own, 2099)).toBe(247500);
    expect(env.services.populations.populationIn([], 2021)).toBe(0);
  });

  it('lists every region of the years asked, at most 50 years', async () => {
    const listed = await env.services.populations.list(2019, 2025);
    expect(listed).toHaveLength(21 * 7);
    await expectRefusal(() => env.services.populations.list(1950, 2025), { code: 'BAD_USER_INPUT' });
    await expectRefusal(() => env.services.populations.list(1800, 1810), {
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_YEAR',
    });
  });

  it('refuses bad figures, other roles and stale versions, changing nothing', async () => {
    const input = { regionId: region['23']!, year: 2021, population: 130_000 };
    await expectRefusal(() => env.services.populations.set(viewer, input), { code: 'FORBIDDEN' }, counts);
    const representative = { userId: 'rep', role: UserRole.REGION_REPRESENTATIVE, regionId: region['23']! };
    await expectRefusal(() => env.services.populations.set(representative, input), { code: 'FORBIDDEN' }, counts);
    for (const [field, value, reason] of [
      ['year', 1899, 'NOT_A_YEAR'],
      ['year', 2101, 'NOT_A_YEAR'],
      ['population', -1, 'POPULATION_INVALID'],
      ['population', 1.5, 'POPULATION_INVALID'],
      ['population', 20_000_001, 'POPULATION_INVALID'],
    ] as const) {
      await expectRefusal(
        () => env.services.populations.set(coordinator, { ...input, [field]: value }),
        { code: 'BAD_USER_INPUT', reason },
        counts,
      );
    }
    await expectRefusal(
      () => env.services.populations.set(coordinator, { ...input, regionId: '00000000-0000-4000-8000-000000000000' }),
      { code: 'NOT_FOUND' },
      counts,
    );
    const stored = await figure('23', 2021);
    await expectRefusal(
      () => env.services.populations.set(coordinator, { ...input, expectedVersion: stored.version + 1 }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
      counts,
    );
  });

  it('audits one event per changed figure and none for an unchanged one', async () => {
    const stored = await figure('01', 2024);
    const before = await events();
    await env.services.populations.set(coordinator, {
      regionId: region['01']!,
      year: 2024,
      population: stored.population,
    });
    expect(await events()).toBe(before);
    const saved = await env.services.populations.set(coordinator, {
      regionId: region['01']!,
      year: 2024,
      population: stored.population + 1,
    });
    expect(await events()).toBe(before + 1);
    const history = await env.services.audit.history(coordinator, AuditEntityType.REGION, region['01']!, {});
    expect(history.nodes[0]).toMatchObject({ operation: 'setRegionPopulation', entityId: saved.id });
  });

  it('of two edits made to one version, exactly one is stored', async () => {
    const stored = await figure('24', 2021);
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        env.services.populations.set(coordinator, {
          regionId: region['24']!,
          year: 2021,
          population: stored.population + n,
          expectedVersion: stored.version,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected')!;
    expect((refused.reason as { extensions: { reason: string } }).extensions.reason).toBe('STALE_VERSION');
    expect((await figure('24', 2021)).version).toBe(stored.version + 1);
  });

  describe('import', () => {
    const file = [
      'Folkmängd efter region och år',
      '"region";"2026"',
      '',
      '00 Riket;10 600 000',
      '25 Norrbottens län;"247\u00a0000"',
      '24 Västerbottens län;280 000',
    ].join('\r\n');

    it('previews without writing, then applies with one event per changed figure', async () => {
      const before = await counts();
      const preview = await env.services.populations.import(coordinator, { year: 2026, text: file, dryRun: true });
      expect(preview.applied).toBe(false);
      expect(preview.rows.map((r) => [r.line, r.regionCode, r.population, r.previous])).toEqual([
        [5, '25', 247000, null],
        [6, '24', 280000, null],
      ]);
      expect(await counts()).toEqual(before);
      const applied = await env.services.populations.import(coordinator, { year: 2026, text: file, dryRun: false });
      expect(applied.applied).toBe(true);
      expect(await counts()).toEqual({ figures: before.figures + 2, events: before.events + 2 });
      const again = await env.services.populations.import(coordinator, {
        year: 2026,
        text: '25,247000\n24\t281 000\n',
        dryRun: false,
      });
      expect(again.rows.map((r) => r.previous)).toEqual([247000, 280000]);
      expect(await counts()).toEqual({ figures: before.figures + 2, events: before.events + 3 });
    });

    it('refuses the whole file for one bad line, an unknown code or a code twice', async () => {
      const refused = async (text: string, reason: string, params: object, year = 2020) => {
        const error = await expectRefusal(
          () => env.services.populations.import(coordinator, { year, text, dryRun: false }),
          { code: 'BAD_USER_INPUT', reason },
          counts,
        );
        expect(error.extensions.params).toMatchObject(params);
      };
      await refused('25;100 000\n24;abc\n', 'POPULATION_FILE_INVALID', { line: 2 });
      await refused('25;100 000\nhello\n', 'POPULATION_FILE_INVALID', { line: 2 });
      await refused('25;100 000\n24;1;2\n', 'POPULATION_FILE_INVALID', { line: 2 });
      await refused('25;100 000\n99 Okänt län;5\n', 'UNKNOWN_REGION_CODE', { line: 2, code: '99' });
      await refused('25;100 000\n24;1\n25;2\n', 'REGION_CODE_TWICE', { line: 3, code: '25' });
      await refused('25;-100\n', 'POPULATION_INVALID', {});
      await refused('25;100,5\n', 'POPULATION_INVALID', { line: 1 });
      await refused('25;25 000 000\n', 'POPULATION_INVALID', {});
      await refused('25;100\n', 'NOT_A_YEAR', { year: 1800 }, 1800);
      await refused('Rubrik\n\n', 'FILE_EMPTY', {});
      await expectRefusal(() => env.services.populations.import(viewer, { year: 2020, text: '25;1', dryRun: true }), {
        code: 'FORBIDDEN',
      });
    });
  });

  it('counts seats only in the groups asked for', async () => {
    const f = factories(env.services);
    const other = await f.group(GroupType.NPO);
    await f.membership(other, await f.person(), { representedRegionId: region['25'], startDate: '2019-01-01' });
    const all = await report('2024-06-30');
    const only = await env.services.representation.report({
      healthcareRegionId: norraId,
      asOf: '2024-06-30',
      groupIds: [other.id],
    });
    expect(all.totalSeats).toBe(2);
    expect(only.totalSeats).toBe(1);
    expect(shareOf(only, '25').seats).toBe(1);
    const none = await env.services.representation.report({
      healthcareRegionId: norraId,
      asOf: '2024-06-30',
      groupIds: ['not-an-id'],
    });
    expect(none.totalSeats).toBe(0);
  });

  it("ranks the next seat by the report day's populations (Sainte-Laguë)", async () => {
    const ranked = await env.services.impact.recommend({ healthcareRegionId: norraId, asOf: '2020-06-30' });
    for (const row of ranked) {
      const own = await figure(row.region.code, 2020);
      expect(row.quotient).toBeCloseTo(own.population / (2 * row.seats + 1), 9);
    }
  });

  it("shows the seats of organisations in the healthcare region's regions beside the regions' seats", async () => {
    const f = factories(env.services);
    const organisations = env.services.db.getRepository(Organisation);
    const lulea = await organisations.save({
      name: 'Luleå kommun',
      searchKey: 'lulea kommun',
      kind: 'MUNICIPALITY' as OrganisationKind,
      regionId: region['25']!,
    });
    const stockholm = await organisations.save({
      name: 'Stockholms stad',
      searchKey: 'stockholms stad',
      kind: 'MUNICIPALITY' as OrganisationKind,
      regionId: region['01']!,
    });
    const npo = await f.npo();
    const before = await report('2024-06-30');
    for (const organisation of [lulea, lulea, stockholm]) {
      const seat = await f.membership(npo, await f.person(), {
        representedRegionId: region['25'],
        startDate: '2024-01-01',
      });
      // The organisation a seat represents is set by the memberships module's own inputs (H2); here directly.
      await env.services.db
        .getRepository(Membership)
        .update(seat.id, { representedRegionId: null, representedOrganisationId: organisation.id });
    }
    await env.services.tx.run((em) => env.services.audit.changed(em));
    const after = await report('2024-06-30');
    expect(after.organisationSeats.map((o) => [o.organisation.name, o.seats])).toEqual([['Luleå kommun', 2]]);
    expect(after.totalSeats).toBe(before.totalSeats);
    expect((await report('2023-06-30')).organisationSeats).toEqual([]);
  });
});
