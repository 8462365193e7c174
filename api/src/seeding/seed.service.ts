import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryServices as Services } from '../common/context.js';
import type { IsoDate } from '../common/dates.js';
import type { Actor } from '../common/actor.js';
import { UserRole } from '../common/user-role.js';
import { User } from '../modules/auth/user.entity.js';
import { HealthcareRegion } from '../modules/geography/healthcare-region.entity.js';
import { Region } from '../modules/geography/region.entity.js';
import type { ShareGoalKind } from '../modules/goals/share-goal.entity.js';
import type { ActionStatus } from '../modules/dialogues/dialogue.entity.js';
import { GroupStatus, type GroupType, type Tier } from '../modules/groups/group-type.js';
import type { FeedbackRecipient } from '../modules/feedback/feedback-record.entity.js';
import { type MeetingKind, MeetingStatus } from '../modules/meetings/meeting.entity.js';
import type { MemberRole, Participation } from '../modules/memberships/member-role.js';
import type { OperationalGoalKind } from '../modules/operational-goals/operational-goal.entity.js';
import { RegistryMeta } from './registry-meta.entity.js';
import { seedLineageDemo } from './lineage-demo.js';
import { seedRegionPopulations } from './populations-reference.js';
import { seedOrganisationsDemo } from './organisations-demo.js';
import { seedDuplicatesDemo } from './duplicates-demo.js';

interface HealthcareRegionRecord {
  code: string;
  name: string;
  regions: { code: string; name: string; populations?: Record<string, number> }[];
}

interface GroupRecord {
  ref: string;
  type: GroupType;
  name: string;
  healthcareRegion?: string | null;
  region?: string | null;
  parent?: string | null;
  counterpart?: string | null;
  universityHealthcare?: boolean;
  status?: GroupStatus;
  mandate?: string | null;
}

interface DemoData {
  groups: GroupRecord[];
  persons: { ref: string; name: string; email: string | null; employerRegion: string | null; title: string | null }[];
  memberships: {
    group: string;
    person: string;
    role: MemberRole;
    representedRegion: string | null;
    startDate: IsoDate;
    endDate: IsoDate | null;
    /** Only where it is not the role's default (NRF's director in the beredningsgrupp). */
    participation?: Participation;
  }[];
  shareGoals: {
    number?: number;
    name: string;
    kind: ShareGoalKind;
    healthcareRegion: string;
    tiers: Tier[];
    baselineDate: IsoDate;
    targetDate: IsoDate;
    regions: string[];
    tolerancePoints?: number;
    maxShare?: number;
  }[];
  seats: { group: string; healthcareRegion?: string; region?: string; seats: number }[];
  dialogueQuestions: {
    year: number;
    key: string;
    text: string;
    goal: string | null;
    appliesTo: GroupType[];
    universityHealthcareOnly: boolean;
  }[];
  dialogues: {
    group: string;
    heldOn: IsoDate;
    participants: string[];
    notes: string | null;
    answers: { year: number; key: string; text: string }[];
    actions: { description: string; ownerName: string; dueDate: IsoDate | null; status: ActionStatus }[];
  }[];
  topics: { key: string; name: string }[];
  quorumRules: { group: string; minPresent?: number; minShare?: number; everyRegionPresent: boolean }[];
  meetings: {
    group: string;
    date: IsoDate;
    kind: MeetingKind;
    status: MeetingStatus;
    rollCall?: { person: string; present: boolean; servingFor?: string }[];
    othersPresent?: string[];
    agenda?: { title: string; topics: string[]; decision: string | null; paragraph: string }[];
  }[];
  feedback: {
    healthcareRegion: string;
    givenOn: IsoDate;
    recipient: FeedbackRecipient;
    recipientGroup?: string;
    subject: string;
    reference: string | null;
  }[];
  operationalGoals: {
    number: number;
    name: string;
    kind: OperationalGoalKind;
    healthcareRegion: string;
    groups: string[];
    threshold: number | null;
    partlyThreshold: number | null;
    topic: string | null;
    feedbackToSkr: boolean;
    feedbackGroups: string[];
    questionKey: string | null;
  }[];
}

const SEED_MARK = 'seed';

/** The password of the demo accounts; the README lists them. Demo data only: never seeded with SEED=reference. */
export const DEMO_PASSWORD = 'ks-demo-2024';

const DEMO_USERS: { email: string; role: UserRole; region?: string }[] = [
  { email: 'admin@nrf.example', role: UserRole.ADMIN },
  { email: 'samordnare@nrf.example', role: UserRole.COORDINATOR },
  { email: 'norrbotten@nrf.example', role: UserRole.REGION_REPRESENTATIVE, region: '25' },
  { email: 'dialog@nrf.example', role: UserRole.DIALOGUE_LEAD },
  { email: 'lasare@nrf.example', role: UserRole.VIEWER },
];

// Seeding goes through the same services as every user, so the seed data obeys every rule of the register.
const SYSTEM: Actor = { userId: 'seed', role: UserRole.ADMIN, regionId: null, label: 'inläsning av grunddata' };

const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

export class SeedService {
  constructor(
    private readonly services: Services,
    private readonly dir: string,
  ) {}

  /**
   * Seeds an empty database once. Seeding runs before the registry serves anyone and marks its completion last, so a
   * database with seed rows but no mark was cut off mid-seed (a start interrupted by Ctrl-C, say) and holds nothing
   * a user saved: it is emptied and seeded again rather than left half-filled for good.
   */
  async seedIfEmpty(mode: 'demo' | 'reference' | 'none'): Promise<boolean> {
    const { db } = this.services;
    if (mode === 'none' || (await db.getRepository(RegistryMeta).existsBy({ key: SEED_MARK }))) return false;
    if (await db.getRepository(HealthcareRegion).count()) {
      if (await db.getRepository(User).count()) return false;
      console.warn(
        'The database was seeded only in part by an interrupted start; seeding it again from the beginning.',
      );
      await db.dropDatabase();
      await db.runMigrations({ transaction: 'each' });
    }
    const refs = await this.seedReference();
    if (mode === 'demo') await this.seedDemo(refs);
    await db.getRepository(RegistryMeta).save({ key: SEED_MARK, value: mode });
    return true;
  }

  private async seedReference() {
    const regionIds = new Map<string, string>();
    const healthcareRegionIds = new Map<string, string>();
    await this.services.db.transaction(async (em) => {
      for (const record of readJson<HealthcareRegionRecord[]>(this.dir, 'reference/healthcare-regions.json')) {
        const hr = await em.getRepository(HealthcareRegion).save({ code: record.code, name: record.name });
        healthcareRegionIds.set(record.code, hr.id);
        for (const r of record.regions) {
          const region = await em.getRepository(Region).save({ code: r.code, name: r.name, healthcareRegionId: hr.id });
          await seedRegionPopulations(em, region.id, r.populations);
          regionIds.set(r.code, region.id);
        }
      }
    });
    const groupIds = new Map<string, string>();
    await this.createGroups(readJson<GroupRecord[]>(this.dir, 'reference/national-groups.json'), {
      regionIds,
      healthcareRegionIds,
      groupIds,
    });
    return { regionIds, healthcareRegionIds, groupIds };
  }

  private async seedDemo(refs: Awaited<ReturnType<SeedService['seedReference']>>) {
    const demo = readJson<DemoData>(this.dir, 'demo/norra.json');
    await this.createGroups(demo.groups, refs);
    const personIds = new Map<string, string>();
    for (const p of demo.persons) {
      const person = await this.services.persons.create(SYSTEM, {
        name: p.name,
        email: p.email,
        title: p.title,
        employerRegionId: p.employerRegion ? this.lookup(refs.regionIds, p.employerRegion) : null,
      });
      personIds.set(p.ref, person.id);
    }
    for (const m of demo.memberships) {
      await this.services.memberships.add(SYSTEM, {
        groupId: this.lookup(refs.groupIds, m.group),
        personId: this.lookup(personIds, m.person),
        role: m.role,
        representedRegionId: m.representedRegion ? this.lookup(refs.regionIds, m.representedRegion) : null,
        startDate: m.startDate,
        endDate: m.endDate,
        participation: m.participation ?? null,
      });
    }
    for (const { healthcareRegion, regions, ...goal } of demo.shareGoals) {
      await this.services.goals.create(SYSTEM, {
        ...goal,
        healthcareRegionId: this.lookup(refs.healthcareRegionIds, healthcareRegion),
        regionIds: regions.map((code) => this.lookup(refs.regionIds, code)),
      });
    }
    const seatsByGroup = new Map<string, DemoData['seats']>();
    for (const seat of demo.seats) seatsByGroup.set(seat.group, [...(seatsByGroup.get(seat.group) ?? []), seat]);
    for (const [group, allocations] of seatsByGroup) {
      await this.services.seats.set(SYSTEM, {
        groupId: this.lookup(refs.groupIds, group),
        allocations: allocations.map((a) => ({
          healthcareRegionId: a.healthcareRegion ? this.lookup(refs.healthcareRegionIds, a.healthcareRegion) : null,
          regionId: a.region ? this.lookup(refs.regionIds, a.region) : null,
          seats: a.seats,
        })),
      });
    }
    const users = new Map<string, Actor>();
    for (const u of DEMO_USERS) {
      const user = await this.services.auth.createUser(SYSTEM, {
        email: u.email,
        password: DEMO_PASSWORD,
        role: u.role,
        regionId: u.region ? this.lookup(refs.regionIds, u.region) : null,
      });
      // The history names the user by e-mail, as it does when they sign in, rather than by id.
      users.set(u.role, { userId: user.id, role: u.role, regionId: user.regionId, label: u.email });
    }
    await this.seedDialogues(demo, refs.groupIds, personIds, users.get(UserRole.DIALOGUE_LEAD)!);
    const topicIds = await this.seedMeetings(demo, refs.groupIds, personIds);
    await this.seedOperationalGoals(demo, refs, topicIds);
    await seedLineageDemo(this.services, this.dir, refs, personIds);
    await seedOrganisationsDemo(this.services, SYSTEM, this.dir, refs, personIds);
    await seedDuplicatesDemo(this.services, this.dir, refs);
  }

  /** The topics, BG's quorum rule, and the bodies' meetings: roll call first (it marks the meeting held), then agenda. */
  private async seedMeetings(
    demo: DemoData,
    groupIds: Map<string, string>,
    personIds: Map<string, string>,
  ): Promise<Map<string, string>> {
    const topicIds = new Map<string, string>();
    for (const topic of demo.topics)
      topicIds.set(topic.key, (await this.services.meetings.createTopic(SYSTEM, topic)).id);
    for (const { group, ...rule } of demo.quorumRules) {
      await this.services.meetings.setQuorumRule(SYSTEM, { groupId: this.lookup(groupIds, group), ...rule });
    }
    for (const m of demo.meetings) {
      const meeting = await this.services.meetings.createMeeting(SYSTEM, {
        groupId: this.lookup(groupIds, m.group),
        date: m.date,
        kind: m.kind,
        status: m.status === MeetingStatus.HELD ? MeetingStatus.SCHEDULED : m.status,
      });
      if (m.rollCall) {
        await this.services.meetings.recordRollCall(SYSTEM, {
          meetingId: meeting.id,
          entries: m.rollCall.map((e) => ({
            personId: this.lookup(personIds, e.person),
            present: e.present,
            servingForPersonId: e.servingFor ? this.lookup(personIds, e.servingFor) : null,
          })),
          othersPresent: m.othersPresent ?? [],
        });
      }
      if (m.agenda?.length) {
        await this.services.meetings.setAgenda(SYSTEM, {
          meetingId: meeting.id,
          items: m.agenda.map((item) => ({
            title: item.title,
            topicIds: item.topics.map((key) => this.lookup(topicIds, key)),
            decision: item.decision,
            paragraph: item.paragraph,
          })),
        });
      }
    }
    return topicIds;
  }

  /** The feedback given and the goals judged on it, on the meetings and on the dialogues. */
  private async seedOperationalGoals(
    demo: DemoData,
    refs: Awaited<ReturnType<SeedService['seedReference']>>,
    topicIds: Map<string, string>,
  ) {
    for (const { healthcareRegion, recipientGroup, ...record } of demo.feedback) {
      await this.services.feedback.create(SYSTEM, {
        ...record,
        healthcareRegionId: this.lookup(refs.healthcareRegionIds, healthcareRegion),
        recipientGroupId: recipientGroup ? this.lookup(refs.groupIds, recipientGroup) : null,
      });
    }
    for (const { healthcareRegion, groups, topic, feedbackGroups, ...goal } of demo.operationalGoals) {
      await this.services.operationalGoals.create(SYSTEM, {
        ...goal,
        healthcareRegionId: this.lookup(refs.healthcareRegionIds, healthcareRegion),
        groupIds: groups.map((ref) => this.lookup(refs.groupIds, ref)),
        topicId: topic ? this.lookup(topicIds, topic) : null,
        feedbackGroupIds: feedbackGroups.map((ref) => this.lookup(refs.groupIds, ref)),
      });
    }
  }

  private async seedDialogues(
    demo: DemoData,
    groupIds: Map<string, string>,
    personIds: Map<string, string>,
    lead: Actor,
  ) {
    const questionIds = new Map<string, string>();
    for (const question of demo.dialogueQuestions) {
      const created = await this.services.dialogues.createQuestion(lead, question);
      questionIds.set(`${question.year}/${question.key}`, created.id);
    }
    for (const d of demo.dialogues) {
      await this.services.dialogues.log(lead, {
        groupId: this.lookup(groupIds, d.group),
        heldOn: d.heldOn,
        supplementary: false,
        notes: d.notes,
        participantIds: d.participants.map((ref) => this.lookup(personIds, ref)),
        answers: d.answers.map((a) => ({ questionId: this.lookup(questionIds, `${a.year}/${a.key}`), text: a.text })),
        actions: d.actions,
      });
    }
  }

  /** Creates groups in an order where every parent and counterpart exists before the groups that point at it. */
  private async createGroups(
    records: GroupRecord[],
    refs: { regionIds: Map<string, string>; healthcareRegionIds: Map<string, string>; groupIds: Map<string, string> },
  ) {
    let pending = records;
    while (pending.length) {
      const ready = pending.filter(
        (g) => (!g.parent || refs.groupIds.has(g.parent)) && (!g.counterpart || refs.groupIds.has(g.counterpart)),
      );
      if (!ready.length)
        throw new Error(`seed groups refer to unknown groups: ${pending.map((g) => g.ref).join(', ')}`);
      for (const g of ready) {
        const group = await this.services.groups.create(SYSTEM, {
          name: g.name,
          type: g.type,
          parentId: g.parent ? this.lookup(refs.groupIds, g.parent) : null,
          counterpartId: g.counterpart ? this.lookup(refs.groupIds, g.counterpart) : null,
          healthcareRegionId: g.healthcareRegion ? this.lookup(refs.healthcareRegionIds, g.healthcareRegion) : null,
          regionId: g.region ? this.lookup(refs.regionIds, g.region) : null,
          universityHealthcare: g.universityHealthcare ?? false,
          status: g.status ?? GroupStatus.ACTIVE,
          mandate: g.mandate ?? null,
        });
        refs.groupIds.set(g.ref, group.id);
      }
      pending = pending.filter((g) => !ready.includes(g));
    }
  }

  private lookup(map: Map<string, string>, ref: string): string {
    const id = map.get(ref);
    if (!id) throw new Error(`seed data refers to unknown "${ref}"`);
    return id;
  }
}
