import { afterAll, beforeAll } from 'vitest';
import type { Group } from '../modules/groups/group.entity.js';
import { GroupType } from '../modules/groups/group-type.js';
import type { Meeting } from '../modules/meetings/meeting.entity.js';
import { MeetingKind } from '../modules/meetings/meeting.entity.js';
import type { RollCallEntryInput } from '../modules/meetings/meeting.types.js';
import { MemberRole } from '../modules/memberships/member-role.js';
import type { Person } from '../modules/persons/person.entity.js';
import { coordinator, factories } from './factories.js';
import { openTestServices, type TestDatabase } from './registry.js';

/**
 * What the meetings tests (api/src/modules/meetings/meetings-*.test.ts) share, inside a `describe` per database:
 * services whose today is 2024-12-31, Norra and the codes of its four regions, a body to meet in and roll calls.
 * `t` is filled in beforeAll.
 */
export function meetingsFixture(database: TestDatabase) {
  const t = {
    env: undefined as unknown as Awaited<ReturnType<typeof openTestServices>>,
    f: undefined as unknown as ReturnType<typeof factories>,
    norra: '',
    region: {} as Record<string, string>,
  };

  beforeAll(async () => {
    t.env = await openTestServices({ database, clock: { today: () => '2024-12-31' } });
    t.f = factories(t.env.services);
    t.norra = (await t.f.healthcareRegion('NORRA')).id;
    for (const code of ['25', '24', '23', '22']) t.region[code] = (await t.f.region(code)).id;
  });
  afterAll(() => t.env.close());

  /**
   * An RSG with five voting seats (Norrbotten twice, Västerbotten, Jämtland Härjedalen, Västernorrland), two deputies
   * for Västerbotten and an adjunct, all from 2024-01-01.
   */
  async function body() {
    const group = await t.f.group(GroupType.RSG, { healthcareRegionId: t.norra });
    const seat = async (regionCode: string | null, role = MemberRole.MEMBER) => {
      const person = await t.f.person();
      await t.f.membership(group, person, { role, representedRegionId: regionCode ? t.region[regionCode] : null });
      return person;
    };
    const members = {
      chair: await seat('25', MemberRole.CHAIR),
      vasterbotten: await seat('24'),
      jamtland: await seat('23'),
      vasternorrland: await seat('22'),
      norrbotten: await seat('25'),
      deputy: await seat('24', MemberRole.DEPUTY),
      secondDeputy: await seat('24', MemberRole.DEPUTY),
      adjunct: await seat(null, MemberRole.ADJUNCT),
    };
    return { group, ...members };
  }

  /** Roll-call entries of these persons, present. */
  const present = (...persons: Person[]): RollCallEntryInput[] =>
    persons.map((p) => ({ personId: p.id, present: true }));

  /** A meeting of the group on the day, with its roll call. */
  async function held(group: Group, date: string, entries: RollCallEntryInput[], kind = MeetingKind.PLANNED) {
    const meeting = await t.env.services.meetings.createMeeting(coordinator, { groupId: group.id, date, kind });
    return t.env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries });
  }

  const quorumOf = async (meeting: Meeting) => (await t.env.services.meetings.quorumsOf([meeting]))[0]!;

  return { t, body, present, held, quorumOf };
}
