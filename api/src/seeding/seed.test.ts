import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../app/config.js';
import { createServices } from '../app/services.js';
import { openDatabase } from '../db/data-source.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { HealthcareRegion } from '../modules/geography/healthcare-region.entity.js';
import { Group } from '../modules/groups/group.entity.js';
import { SeedService } from './seed.service.js';

const dir = mkdtempSync(join(tmpdir(), 'ks-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seeding', () => {
  it('seeds an empty database once, and finishes a seed that an interrupted start left half done', async () => {
    const db = await openDatabase({ url: `sqlite:${join(dir, 'seed.sqlite')}` });
    const services = createServices(db);
    const seeder = new SeedService(services, `${REPO_ROOT}seed-data`);
    // an earlier start that stopped after the first rows
    await db.getRepository(HealthcareRegion).save({ code: 'NORRA', name: 'Norra sjukvårdsregionen' });
    expect(await seeder.seedIfEmpty('reference')).toBe(true);
    expect(await db.getRepository(HealthcareRegion).count()).toBe(6);
    expect(await db.getRepository(Group).countBy({ type: 'NPO' as never })).toBe(26);
    expect(await seeder.seedIfEmpty('reference')).toBe(false);
    expect(await db.getRepository(HealthcareRegion).count()).toBe(6);
    await db.destroy();
  });

  it("names the demo dialogues' lead in their history by e-mail, not by user id", async () => {
    const db = await openDatabase({ url: `sqlite:${join(dir, 'demo.sqlite')}` });
    const seeder = new SeedService(createServices(db), `${REPO_ROOT}seed-data`);
    expect(await seeder.seedIfEmpty('demo')).toBe(true);
    const logged = await db.getRepository(AuditEvent).findBy({ operation: 'logDialogue' });
    expect(logged.length).toBeGreaterThan(0);
    expect(new Set(logged.map((e) => e.actorLabel))).toEqual(new Set(['dialog@nrf.example']));
    await db.destroy();
    // The whole demo seed through the services: about 25 s on a busy 2-core machine, more than the default 30 s allows.
  }, 90_000);
});
