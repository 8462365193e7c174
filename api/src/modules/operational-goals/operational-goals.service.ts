import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { DialoguesService } from '../dialogues/dialogues.service.js';
import { FeedbackRecipient, SKR_NAME } from '../feedback/feedback-record.entity.js';
import type { FeedbackService } from '../feedback/feedback.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import {
  GoalVerdict,
  SHARE_EPSILON,
  verdictOfParts,
  verdictSentence,
  type GoalLevelRules,
} from '../goals/goal-verdict.js';
import { count, dayOf, list, percent } from '../goals/report-words.js';
import type { Group } from '../groups/group.entity.js';
import { GroupKind, kindOf } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { MeetingStatus, Topic } from '../meetings/meeting.entity.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import { OperationalGoal, OperationalGoalKind } from './operational-goal.entity.js';
import type {
  CreateOperationalGoalInput,
  GoalFigure,
  GoalOutcome,
  UpdateOperationalGoalInput,
} from './operational-goal.types.js';

type GoalFields = Pick<
  OperationalGoal,
  | 'number'
  | 'name'
  | 'kind'
  | 'healthcareRegionId'
  | 'groupIds'
  | 'threshold'
  | 'partlyThreshold'
  | 'topicId'
  | 'feedbackToSkr'
  | 'feedbackGroupIds'
  | 'questionKey'
>;

/** The fields each kind reads; the others must be left empty. `groups`: how many groups it names. */
const SHAPE: Record<
  OperationalGoalKind,
  {
    groups: 'one' | 'some' | null;
    threshold: boolean;
    partly: boolean;
    topic: boolean;
    feedback: boolean;
    question: boolean;
  }
> = {
  MEETING_QUORUM: { groups: 'one', threshold: true, partly: true, topic: false, feedback: false, question: false },
  TOPIC_AT_EVERY_MEETING: {
    groups: 'some',
    threshold: false,
    partly: true,
    topic: true,
    feedback: false,
    question: false,
  },
  FEEDBACK_GIVEN: { groups: null, threshold: false, partly: false, topic: false, feedback: true, question: false },
  DIALOGUE_ANSWERS: { groups: null, threshold: false, partly: true, topic: false, feedback: false, question: true },
};

const counted = (label: string, value: number): GoalFigure => ({ label, value, unit: 'count' });
/** The share as a figure, when there is a whole to take it of. */
const shareOf = (part: number, whole: number): GoalFigure[] =>
  whole ? [{ label: 'Andel', value: part / whole, unit: 'share' }] : [];
/** The outcome of a year: the sentences, closed with the verdict's, and the figures behind them. */
const outcome = (year: number, verdict: GoalVerdict, sentences: string[], figures: GoalFigure[]): GoalOutcome => ({
  year,
  verdict,
  text: [...sentences, verdictSentence(verdict)].join(' '),
  figures,
});

/**
 * A healthcare region's numbered goals judged from meetings, feedback and dialogues: their rules, their three-level
 * verdict for a year, and the annual report's paragraph on each.
 */
export class OperationalGoalsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly meetings: MeetingsService,
    private readonly dialogues: DialoguesService,
    private readonly feedback: FeedbackService,
    private readonly audit: AuditTrail,
  ) {}

  /** The healthcare region's goals, by number. */
  list(healthcareRegionId: string): Promise<OperationalGoal[]> {
    if (!isId(healthcareRegionId)) return Promise.resolve([]);
    return this.db
      .getRepository(OperationalGoal)
      .find({ where: { healthcareRegionId }, order: { number: 'ASC', name: 'ASC' } });
  }

  async find(id: string): Promise<OperationalGoal | null> {
    return isId(id) ? this.db.getRepository(OperationalGoal).findOneBy({ id }) : null;
  }

  async create(actor: Actor, input: CreateOperationalGoalInput): Promise<OperationalGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'create operational goals');
    return this.tx.run(async (em) => {
      const fields = await this.check(em, {
        number: input.number,
        name: input.name,
        kind: input.kind,
        healthcareRegionId: input.healthcareRegionId,
        groupIds: input.groupIds ?? [],
        threshold: input.threshold ?? null,
        partlyThreshold: input.partlyThreshold ?? null,
        topicId: input.topicId ?? null,
        feedbackToSkr: input.feedbackToSkr ?? false,
        feedbackGroupIds: input.feedbackGroupIds ?? [],
        questionKey: input.questionKey ?? null,
      });
      const repo = em.getRepository(OperationalGoal);
      const goal = await repo.save(repo.create(fields));
      await this.recordChange(em, actor, 'createOperationalGoal', goal.id, null, goal);
      return goal;
    });
  }

  async update(actor: Actor, input: UpdateOperationalGoalInput): Promise<OperationalGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'edit operational goals');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'operational_goals', input.id);
      const goal = await this.get(em, input.id);
      requireVersion(goal, input.expectedVersion, 'goal');
      const before = this.audit.snapshot(goal);
      const given = <T>(value: T | null | undefined, current: T): T | null => (value === undefined ? current : value);
      const fields = await this.check(em, {
        number: input.number ?? goal.number,
        name: input.name ?? goal.name,
        kind: goal.kind,
        healthcareRegionId: goal.healthcareRegionId,
        groupIds: input.groupIds ?? goal.groupIds,
        threshold: given(input.threshold, goal.threshold),
        partlyThreshold: given(input.partlyThreshold, goal.partlyThreshold),
        topicId: given(input.topicId, goal.topicId),
        feedbackToSkr: input.feedbackToSkr ?? goal.feedbackToSkr,
        feedbackGroupIds: input.feedbackGroupIds ?? goal.feedbackGroupIds,
        questionKey: given(input.questionKey, goal.questionKey),
      });
      await em.getRepository(OperationalGoal).save(Object.assign(goal, fields));
      await this.recordChange(em, actor, 'updateOperationalGoal', goal.id, before, goal);
      return goal;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    requireRole(actor, REGISTER_KEEPERS, 'delete operational goals');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'operational_goals', id);
      const goal = await this.get(em, id);
      await em.getRepository(OperationalGoal).delete({ id: goal.id });
      await this.recordChange(em, actor, 'deleteOperationalGoal', goal.id, goal, null);
      return true;
    });
  }

  /** The goal's verdict for the year, with the report's paragraph and the figures behind it. */
  async evaluate(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    switch (goal.kind) {
      case OperationalGoalKind.MEETING_QUORUM:
        return this.meetingQuorum(goal, year);
      case OperationalGoalKind.TOPIC_AT_EVERY_MEETING:
        return this.topicAtEveryMeeting(goal, year);
      case OperationalGoalKind.FEEDBACK_GIVEN:
        return this.feedbackGiven(goal, year);
      case OperationalGoalKind.DIALOGUE_ANSWERS:
        return this.dialogueAnswers(goal, year);
    }
  }

  /** The rule of each level, in Swedish, from the goal's own fields. */
  async levelRules(goal: OperationalGoal): Promise<GoalLevelRules> {
    const partly = goal.partlyThreshold;
    switch (goal.kind) {
      case OperationalGoalKind.MEETING_QUORUM: {
        const [body] = await this.groupNames(goal.groupIds);
        const threshold = goal.threshold ?? 1;
        return {
          met: `${body} är beslutsför vid minst ${percent(threshold)} av årets planerade möten.`,
          partlyMet:
            partly === null
              ? null
              : `${body} är beslutsför vid minst ${percent(partly)} men färre än ${percent(threshold)} av mötena.`,
          notMet: `${body} är beslutsför vid färre än ${percent(partly ?? threshold)} av mötena.`,
        };
      }
      case OperationalGoalKind.TOPIC_AT_EVERY_MEETING: {
        const bodies = list(await this.groupNames(goal.groupIds));
        const topic = await this.topicName(goal.topicId);
        return {
          met: `${topic} står på dagordningen vid samtliga möten som ${bodies} håller under året.`,
          partlyMet: partly === null ? null : `${topic} står på dagordningen vid minst ${percent(partly)} av mötena.`,
          notMet:
            partly === null
              ? `${topic} saknas på dagordningen vid något möte, eller inget möte hålls.`
              : `${topic} står på dagordningen vid färre än ${percent(partly)} av mötena, eller inget möte hålls.`,
        };
      }
      case OperationalGoalKind.FEEDBACK_GIVEN: {
        const recipients = await this.recipientNames(goal);
        return {
          met: `Återkoppling har lämnats under året till ${list(recipients)}.`,
          partlyMet: recipients.length > 1 ? `Återkoppling har lämnats till några men inte alla av mottagarna.` : null,
          notMet:
            recipients.length > 1
              ? `Ingen av mottagarna har fått återkoppling under året.`
              : `Ingen återkoppling har lämnats under året.`,
        };
      }
      case OperationalGoalKind.DIALOGUE_ANSWERS:
        return {
          met: `Svaret på frågan ${goal.questionKey} är dokumenterat för samtliga grupper som frågan gäller.`,
          partlyMet: partly === null ? null : `Svaret är dokumenterat för minst ${percent(partly)} av grupperna.`,
          notMet:
            partly === null
              ? `Svaret saknas för någon grupp som frågan gäller.`
              : `Svaret är dokumenterat för färre än ${percent(partly)} av grupperna.`,
        };
    }
  }

  // ----------------------------------------------------------------------------------------------- evaluation

  /**
   * Quorate at `threshold` of the body's counted meetings (held, or cancelled for want of a quorum); partly met at
   * partlyThreshold. A year without a counted meeting is not met: there is nothing to show the goal was reached.
   */
  private async meetingQuorum(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    const [body] = await this.groupsInOrder(goal.groupIds);
    const name = body?.name ?? '';
    const meetings = await this.meetings.yearOf(goal.groupIds[0]!, year);
    const verdict = this.shareVerdict(meetings.quorate, meetings.counted, goal.threshold ?? 1, goal.partlyThreshold);
    const sentences: string[] = [];
    if (meetings.counted === 0) {
      sentences.push(`Under ${year} har inga möten hållits med ${name}.`);
    } else {
      const held = count(meetings.held, 'möte', 'möten');
      const cancelled = meetings.cancelledNoQuorum
        ? ` och ${count(meetings.cancelledNoQuorum, 'möte', 'möten')} ställts in i brist på beslutsförhet`
        : '';
      sentences.push(
        `Under ${year} har ${held} hållits${cancelled} varvid ${name} har varit beslutsför vid ${count(meetings.quorate, 'möte', 'möten')}.`,
        `Det uppgår till ${percent(meetings.quorate / meetings.counted)} av ${meetings.cancelledNoQuorum ? 'de planerade mötena' : 'mötena'}.`,
      );
      if (meetings.quorate > 0)
        sentences.push(
          `Av dessa ${count(meetings.quorate, 'möte', 'möten')} har ${meetings.partialAbsence} haft delvis frånvaro.`,
        );
    }
    if (meetings.scheduled)
      sentences.push(
        `Ytterligare ${count(meetings.scheduled, 'möte', 'möten')} är ${meetings.scheduled === 1 ? 'planerat' : 'planerade'} under året.`,
      );
    return outcome(year, verdict, sentences, [
      counted('Möten', meetings.counted),
      counted('Beslutsföra', meetings.quorate),
      ...shareOf(meetings.quorate, meetings.counted),
      counted('Delvis frånvaro', meetings.partialAbsence),
    ]);
  }

  /**
   * The topic on the agenda of every meeting the named bodies held in the year; partly met at partlyThreshold of
   * them. A meeting cancelled, for want of a quorum or in advance, had no agenda to discuss it on and does not count.
   */
  private async topicAtEveryMeeting(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    const groups = await this.groupsInOrder(goal.groupIds);
    const topic = await this.topicName(goal.topicId);
    const held = (await this.meetings.meetingsOfYear(goal.groupIds, year)).filter(
      ({ meeting }) => meeting.status === MeetingStatus.HELD,
    );
    const without = held.filter(({ topicIds }) => !topicIds.includes(goal.topicId!));
    const withTopic = held.length - without.length;
    const verdict = this.shareVerdict(withTopic, held.length, 1, goal.partlyThreshold);
    const nameOf = (groupId: string) => groups.find((g) => g.id === groupId)?.name ?? '';
    const sentences: string[] = [];
    if (!held.length) {
      sentences.push(`Under ${year} har inga möten hållits med ${list(groups.map((g) => g.name))}.`);
    } else {
      const heldBy = (g: Group) => held.filter(({ meeting }) => meeting.groupId === g.id).length;
      sentences.push(
        `Under ${year} har ${count(held.length, 'möte', 'möten')} hållits` +
          (groups.length === 1
            ? ` med ${groups[0]!.name}.`
            : `, ${list(groups.map((g) => `${heldBy(g)} med ${g.name}`))}.`),
        without.length
          ? `${topic} har stått på dagordningen vid ${withTopic} av ${count(held.length, 'möte', 'möten')} (${percent(withTopic / held.length)}).` +
              ` Ämnet saknades vid ${list(without.map(({ meeting }) => `${nameOf(meeting.groupId)} den ${dayOf(meeting.date)}`))}.`
          : `${topic} har stått på dagordningen vid samtliga ${count(held.length, 'möte', 'möten')}.`,
      );
    }
    return outcome(year, verdict, sentences, [
      counted('Möten', held.length),
      counted('Med ämnet', withTopic),
      ...shareOf(withTopic, held.length),
    ]);
  }

  /** Met when every named recipient got feedback in the year; partly met when some did. */
  private async feedbackGiven(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    const records = await this.feedback.ofYear(goal.healthcareRegionId, year);
    const groups = await this.groupsInOrder(goal.feedbackGroupIds);
    const recipients = [
      ...(goal.feedbackToSkr
        ? [{ name: SKR_NAME, given: records.filter((r) => r.recipient === FeedbackRecipient.SKR) }]
        : []),
      ...groups.map((g) => ({ name: g.name, given: records.filter((r) => r.recipientGroupId === g.id) })),
    ];
    const reached = recipients.filter((r) => r.given.length > 0);
    const missing = recipients.filter((r) => r.given.length === 0);
    const verdict = verdictOfParts(reached.length, recipients.length);
    const sentences = [
      reached.length
        ? `Under ${year} har återkoppling lämnats ${list(reached.map((r) => `till ${r.name} den ${list(r.given.map((g) => dayOf(g.givenOn)))}`))}.`
        : `Under ${year} har ingen återkoppling lämnats till ${list(
            recipients.map((r) => r.name),
            'eller',
          )}.`,
    ];
    if (reached.length && missing.length)
      sentences.push(`Återkoppling har inte lämnats till ${list(missing.map((r) => r.name))}.`);
    return outcome(year, verdict, sentences, [
      counted('Mottagare', recipients.length),
      counted('Med återkoppling', reached.length),
    ]);
  }

  /**
   * Met when every group of the healthcare region that the year's question applies to has its answer documented;
   * partly met at partlyThreshold of them.
   */
  private async dialogueAnswers(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    const overview = await this.dialogues.overview(year);
    const question = overview.questions.find((q) => q.key === goal.questionKey);
    if (!question) {
      return outcome(
        year,
        GoalVerdict.NOT_MET,
        [`Frågan ${goal.questionKey} ingår inte i frågorna för uppföljningsdialogerna ${year}.`],
        [],
      );
    }
    const rows = overview.rows.filter(
      (row) => row.group.healthcareRegionId === goal.healthcareRegionId && row.required.includes(question.key),
    );
    const missing = rows.filter((row) => !row.answered.includes(question.key)).map((row) => row.group);
    const answered = rows.length - missing.length;
    const verdict = this.shareVerdict(answered, rows.length, 1, goal.partlyThreshold);
    const sentences = [
      question.text,
      `Svaret är dokumenterat för ${answered} av ${rows.length} grupper som frågan gäller.`,
    ];
    if (missing.length) sentences.push(`Svar saknas för ${list(missing.map((g) => `${g.type} ${g.name}`))}.`);
    return outcome(year, verdict, sentences, [
      counted('Grupper', rows.length),
      counted('Besvarade', answered),
      ...shareOf(answered, rows.length),
    ]);
  }

  /** MET at or above `met` of the whole, PARTLY_MET at or above `partly`, NOT_MET below it or with nothing to judge. */
  private shareVerdict(part: number, whole: number, met: number, partly: number | null): GoalVerdict {
    if (whole === 0) return GoalVerdict.NOT_MET;
    const value = part / whole;
    if (value + SHARE_EPSILON >= met) return GoalVerdict.MET;
    return partly !== null && value + SHARE_EPSILON >= partly ? GoalVerdict.PARTLY_MET : GoalVerdict.NOT_MET;
  }

  // ------------------------------------------------------------------------------------------------- checks

  private async check(em: EntityManager, fields: GoalFields): Promise<GoalFields> {
    const name = fields.name.trim();
    if (!name) throw badInput('A goal needs a name.', { reason: 'REQUIRED', field: 'name' });
    await this.geography.healthcareRegion(fields.healthcareRegionId, em);
    const shape = SHAPE[fields.kind];
    const groupIds = [...new Set(fields.groupIds)];
    const feedbackGroupIds = [...new Set(fields.feedbackGroupIds)];
    const questionKey = fields.questionKey?.trim() || null;
    const present = {
      groupIds: groupIds.length > 0,
      threshold: fields.threshold !== null,
      partlyThreshold: fields.partlyThreshold !== null,
      topicId: fields.topicId !== null,
      feedbackGroupIds: fields.feedbackToSkr || feedbackGroupIds.length > 0,
      questionKey: questionKey !== null,
    };
    const allowed = {
      groupIds: shape.groups !== null,
      threshold: shape.threshold,
      partlyThreshold: shape.partly,
      topicId: shape.topic,
      feedbackGroupIds: shape.feedback,
      questionKey: shape.question,
    };
    for (const field of Object.keys(present) as (keyof typeof present)[]) {
      if (present[field] && !allowed[field]) {
        throw badInput(`A ${fields.kind} goal has no ${field}.`, { reason: 'BOUND_NOT_ALLOWED', field });
      }
      // partlyThreshold is optional wherever it is allowed: without it the goal has no partly-met level.
      if (!present[field] && allowed[field] && field !== 'partlyThreshold') {
        throw badInput(`A ${fields.kind} goal needs ${field}.`, { reason: 'BOUND_REQUIRED', field });
      }
    }
    if (shape.groups === 'one' && groupIds.length > 1) {
      throw badInput(`A ${fields.kind} goal concerns one body.`, { reason: 'BOUND_NOT_ALLOWED', field: 'groupIds' });
    }
    if (fields.threshold !== null && !(fields.threshold > 0 && fields.threshold <= 1)) {
      throw badInput('The threshold is a share above 0, at most 1.', { reason: 'BOUND_REQUIRED', field: 'threshold' });
    }
    if (fields.partlyThreshold !== null && fields.partlyThreshold + SHARE_EPSILON >= (fields.threshold ?? 1)) {
      throw badInput('The partly-met share must lie below the share that meets the goal.', {
        reason: 'PARTLY_NOT_BELOW_MET',
        field: 'partlyThreshold',
      });
    }
    const groups = await this.checkGroups(em, groupIds, 'groupIds');
    if (fields.kind === OperationalGoalKind.MEETING_QUORUM) {
      const group = groups.find((g) => kindOf(g.type) !== GroupKind.BODY);
      if (group) {
        throw badInput(`${group.name} is not a body; the quorum goal concerns a body such as the beredningsgrupp.`, {
          reason: 'NOT_A_BODY',
          field: 'groupIds',
        });
      }
    }
    await this.checkGroups(em, feedbackGroupIds, 'feedbackGroupIds');
    if (
      fields.topicId !== null &&
      !(isId(fields.topicId) && (await em.getRepository(Topic).existsBy({ id: fields.topicId })))
    )
      throw notFound('Topic', fields.topicId, 'topicId');
    return { ...fields, name, groupIds, feedbackGroupIds, questionKey };
  }

  private async checkGroups(em: EntityManager, ids: string[], field: string): Promise<Group[]> {
    const groups: Group[] = [];
    for (const id of ids) groups.push(await this.groups.get(id, em, field));
    return groups;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    id: string,
    before: object | null,
    after: OperationalGoal | null,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.OPERATIONAL_GOAL,
      entityId: id,
      before,
      after,
    });
  }

  private async get(em: EntityManager, id: string): Promise<OperationalGoal> {
    const goal = isId(id) ? await em.getRepository(OperationalGoal).findOneBy({ id }) : null;
    if (!goal) throw notFound('OperationalGoal', id);
    return goal;
  }

  /** The groups in the order the goal names them. */
  private async groupsInOrder(ids: string[]): Promise<Group[]> {
    const groups = await this.groups.byIds(ids);
    return ids.map((id) => groups.find((g) => g.id === id)).filter((g): g is Group => g !== undefined);
  }

  private async groupNames(ids: string[]): Promise<string[]> {
    return (await this.groupsInOrder(ids)).map((g) => g.name);
  }

  private async topicName(topicId: string | null): Promise<string> {
    const [topic] = topicId ? await this.meetings.topicsByIds([topicId]) : [];
    return topic?.name ?? '';
  }

  private async recipientNames(goal: OperationalGoal): Promise<string[]> {
    return [...(goal.feedbackToSkr ? [SKR_NAME] : []), ...(await this.groupNames(goal.feedbackGroupIds))];
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    operationalGoals: OperationalGoalsService;
  }
}
