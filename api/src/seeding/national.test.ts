import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../app/config.js';
import { Group } from '../modules/groups/group.entity.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import { coordinator } from '../test-support/factories.js';
import { openScratchDatabase } from '../test-support/registry.js';
import { createServices } from '../app/services.js';
import { NATIONAL_SCALE } from './national-data.js';
import { seedNational } from './national-seed.js';

const SMALL = {
  ...NATIONAL_SCALE,
  nagsPerNpo: 1,
  ragsPerRpo: 1,
  lposPerRegion: 1,
  lagsPerRegion: 1,
  lsgsPerRegion: 1,
  persons: 600,
  seatsPerGroup: 4,
  termsPerSeat: 2,
};

describe('the national data set', () => {
  it('is loaded in bulk yet obeys every rule the services check', async () => {
    const { db, drop } = await openScratchDatabase('sqlite');
    try {
      const services = createServices(db);
      const report = await seedNational(services, `${REPO_ROOT}seed-data`, SMALL);
      expect(report.memberships).toBeGreaterThan(800);
      // An edit that changes nothing runs every check of the group's shape and the membership's seat again.
      for (const group of await db.getRepository(Group).find())
        await services.groups.update(coordinator, { id: group.id });
      const memberships = await db.getRepository(Membership).find();
      for (const membership of memberships.filter((_, i) => i % 5 === 0))
        await services.memberships.update(coordinator, { id: membership.id });
      await expect(seedNational(services, `${REPO_ROOT}seed-data`, SMALL)).rejects.toThrow(/already holds memberships/);
    } finally {
      await db.destroy();
      await drop();
    }
  }, 120_000); // thousands of bulk rows and every service check: 12 s on a quiet machine, several times that under load

  it('is the same on every run', async () => {
    const { generateNational } = await import('./national-data.js');
    const reference = {
      regions: [
        { id: 'r1', code: '01', healthcareRegionId: 'h1', population: 100 },
        { id: 'r2', code: '02', healthcareRegionId: 'h1', population: 50 },
      ],
      nationalGroups: [
        { id: 'n1', type: 'NPO' as never, name: 'Område' },
        { id: 's1', type: 'NSG' as never, name: 'Samverkan' },
      ],
    };
    const strip = (rows: ReturnType<typeof generateNational>) =>
      rows.memberships.map((m) => [m.role, m.startDate, m.endDate, m.representedRegionId]);
    expect(strip(generateNational(reference, SMALL))).toEqual(strip(generateNational(reference, SMALL)));
  });
});
