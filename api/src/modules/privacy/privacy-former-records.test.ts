import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { GroupType } from '../groups/group-type.js';
import { Person } from '../persons/person.entity.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { erasedLabel } from './privacy.service.js';

describe.each(await testDatabases())('on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let make: ReturnType<typeof factories>;
  let vasterbotten: string;

  beforeAll(async () => {
    env = await openTestServices({ database, clock: { today: () => '2026-06-01' } });
    make = factories(env.services);
    vasterbotten = (await make.region('24')).id;
  });
  afterAll(() => env.close());

  /** Three records of one person, two merged into the first; each held a past seat in one NPO. */
  async function mergedThrice(names: [string, string, string]) {
    const group = await make.group(GroupType.NPO);
    const [kept, ...former] = await Promise.all(
      names.map((name, i) =>
        make.person({ name, email: `${name.split(' ').join('.').toLowerCase()}${i}@vasterbotten.example` }),
      ),
    );
    const years = ['2019', '2021', '2023'];
    for (const [i, person] of [kept!, ...former].entries()) {
      await make.membership(group, person, {
        representedRegionId: vasterbotten,
        startDate: `${years[i]}-01-01`,
        endDate: `${years[i]}-12-31`,
      });
    }
    for (const record of former) {
      await env.services.personMerges.merge(coordinator, { keepId: kept!.id, mergeId: record.id });
    }
    return { kept: kept!, former };
  }

  describe("former records in a person's register extract and erasure", () => {
    it('lists both former records with name, e-mail, when merged and their own history', async () => {
      const { kept, former } = await mergedThrice(['Sara Nylund', 'Sara Bylund', 'Sara Nyllund']);
      const extract = await env.services.privacy.extract(coordinator, kept.id);
      expect(extract.memberships).toHaveLength(3);
      expect(extract.formerRecords.map((r) => [r.person.name, r.person.email])).toEqual(
        former.map((p) => [p.name, p.email]),
      );
      for (const record of extract.formerRecords) {
        expect(record.mergedAt).toBeInstanceOf(Date);
        expect(record.history.map((e) => e.operation)).toEqual(
          expect.arrayContaining(['createPerson', 'mergePersons']),
        );
      }
      // The person's own history holds the former records' events too.
      expect(extract.history.filter((e) => e.entityId === former[0]!.id).map((e) => e.operation)).toContain(
        'createPerson',
      );
      const document = extract.document as { formerRecords: { name: string; mergedAt: string }[] };
      expect(document.formerRecords.map((r) => r.name)).toEqual(['Sara Bylund', 'Sara Nyllund']);
    });

    it("erases the former records' personal data with the person's, in the records and in their history", async () => {
      const { kept, former } = await mergedThrice(['Ulla Radera', 'Ulla Raderad', 'Ulla Raderar']);
      await env.services.privacy.erase(coordinator, kept.id);
      for (const record of former) {
        const stored = await env.db.getRepository(Person).findOneByOrFail({ id: record.id });
        expect(stored).toMatchObject({ name: erasedLabel(record.id), email: null, emailKey: null });
        expect(stored.erasedAt).toBeInstanceOf(Date);
      }
      const events = await env.db.getRepository(AuditEvent).findBy({ entityType: AuditEntityType.PERSON });
      const text = events.map((e) => `${e.before ?? ''}${e.after ?? ''}`).join('\n');
      for (const name of ['Ulla Radera', 'Ulla Raderad', 'Ulla Raderar', 'ulla.raderad1@']) {
        expect(text).not.toContain(name);
      }
    });

    it('leaves former records out of the review list', async () => {
      const { kept, former } = await mergedThrice(['Olof Granskas', 'Olof Granskad', 'Olof Granskar']);
      // The test clock's today lies before the records were made: a period of −1 year takes in every record.
      const review = await env.services.privacy.forReview(coordinator, -1, { first: 100 });
      const ids = review.nodes.map((p) => p.id);
      expect(ids).toContain(kept.id);
      for (const record of former) expect(ids).not.toContain(record.id);
    });
  });
});
