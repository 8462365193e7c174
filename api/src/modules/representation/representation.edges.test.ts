import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';

describe.each(await testDatabases())('representation edges on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let f: ReturnType<typeof factories>;
  let hr: Record<string, string>;
  const region: Record<string, string> = {};

  beforeAll(async () => {
    env = await openTestServices({ database });
    f = factories(env.services);
    hr = { SYDOSTRA: (await f.healthcareRegion('SYDOSTRA')).id, VASTRA: (await f.healthcareRegion('VASTRA')).id };
    for (const code of ['05', '06', '08', '14']) region[code] = (await f.region(code)).id;
  });
  afterAll(() => env.close());

  const seatsOn = async (asOf: string) => {
    const report = await env.services.representation.report({ healthcareRegionId: hr.SYDOSTRA!, asOf });
    return Object.fromEntries(report.shares.map((s) => [s.region.code, s.seats]));
  };

  it('counts a membership on its last day and not before its first', async () => {
    const npo = await f.npo();
    await f.membership(npo, await f.person(), {
      representedRegionId: region['05'],
      startDate: '2030-01-01',
      endDate: '2030-06-30',
    });
    await f.membership(npo, await f.person(), { representedRegionId: region['06'], startDate: '2030-07-01' });
    expect(await seatsOn('2030-06-30')).toEqual({ '05': 1, '06': 0, '08': 0 });
    expect(await seatsOn('2030-07-01')).toEqual({ '05': 0, '06': 1, '08': 0 });
  });

  it('gives every region 0 seats and a share of 0 when the healthcare region holds none', async () => {
    const report = await env.services.representation.report({ healthcareRegionId: hr.VASTRA!, asOf: '2031-01-01' });
    expect(report.totalSeats).toBe(0);
    expect(report.shares).toEqual([
      expect.objectContaining({ seats: 0, share: 0, populationShare: 1, gapPoints: -100 }),
    ]);
  });

  it('counts overlapping terms of different persons in one group as separate seats', async () => {
    const nag = await f.group(GroupType.NAG, { parentId: (await f.npo()).id });
    await f.membership(nag, await f.person(), {
      representedRegionId: region['08'],
      startDate: '2032-01-01',
      endDate: '2032-12-31',
    });
    await f.membership(nag, await f.person(), { representedRegionId: region['08'], startDate: '2032-06-01' });
    expect((await seatsOn('2032-03-01'))['08']).toBe(1);
    expect((await seatsOn('2032-07-01'))['08']).toBe(2);
    expect((await seatsOn('2033-01-01'))['08']).toBe(1);
  });

  it('stops counting a closed group after its last day, keeps its earlier seats, and drops its later appointments', async () => {
    const days = ['2034-06-30', '2034-07-01', '2034-09-01'];
    const before = await Promise.all(days.map(seatsOn));
    const nsg = await f.group(GroupType.NSG);
    await f.membership(nsg, await f.person(), { representedRegionId: region['05'], startDate: '2034-01-01' });
    const later = await f.membership(nsg, await f.person(), {
      representedRegionId: region['06'],
      startDate: '2034-09-01',
    });
    await env.services.groupClosing.closeGroup(coordinator, nsg.id, '2034-06-30');
    const after = await Promise.all(days.map(seatsOn));
    const added = after.map((counts, i) =>
      Object.fromEntries(Object.entries(counts).map(([code, n]) => [code, n - before[i]![code]!])),
    );
    expect(added).toEqual([
      { '05': 1, '06': 0, '08': 0 },
      { '05': 0, '06': 0, '08': 0 },
      { '05': 0, '06': 0, '08': 0 },
    ]);
    const members = await env.services.memberships.forGroups([nsg.id], null);
    expect(members.map((m) => [m.endDate, m.version])).toEqual([['2034-06-30', 2]]);
    expect((await env.services.memberships.find(later.id))?.archivedAt).toBeInstanceOf(Date);
  });

  it('shares sum to 1 when there are seats, and each is seats / total (property, over the register)', async () => {
    const npo = await f.npo();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('05', '06', '08'), { minLength: 1, maxLength: 8 }), async (codes) => {
        // every run seats its members for one day of its own, so runs do not see each other's seats
        const day = new Date(Date.UTC(2050, 0, 1 + run++)).toISOString().slice(0, 10);
        const before = await env.services.representation.report({ healthcareRegionId: hr.SYDOSTRA!, asOf: day });
        for (const code of codes) {
          await f.membership(npo, await f.person(), {
            representedRegionId: region[code],
            startDate: day,
            endDate: day,
          });
        }
        const report = await env.services.representation.report({ healthcareRegionId: hr.SYDOSTRA!, asOf: day });
        expect(report.totalSeats).toBe(before.totalSeats + codes.length);
        expect(report.shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
        for (const row of report.shares) {
          const added = codes.filter((c) => c === row.region.code).length;
          expect(row.seats).toBe(before.shares.find((b) => b.region.id === row.region.id)!.seats + added);
          expect(row.share).toBe(row.seats / report.totalSeats);
        }
      }),
      { numRuns: 15 },
    );
  });
});
