import { FeedbackRecipient, SKR_NAME } from '../feedback/feedback-record.entity.js';
import type { DialoguesService } from '../dialogues/dialogues.service.js';
import type { FeedbackService } from '../feedback/feedback.service.js';
import {
  GoalVerdict,
  SHARE_EPSILON,
  verdictOfParts,
  verdictSentence,
  type GoalLevelRules,
} from '../goals/goal-verdict.js';
import { count, dayOf, list, percent } from '../goals/report-words.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import { MeetingStatus } from '../meetings/meeting.entity.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import { type OperationalGoal, OperationalGoalKind } from './operational-goal.entity.js';
import type { GoalFigure, GoalOutcome } from './operational-goal.types.js';

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
 * How each kind of operational goal is judged for a year from the meetings, feedback and dialogues it reads, and how
 * its levels and the annual report's paragraph on it are worded. Reads only; OperationalGoalsService keeps the writes.
 */
export class OperationalGoalEvaluation {
  constructor(
    private readonly groups: GroupsService,
    private readonly meetings: MeetingsService,
    private readonly dialogues: DialoguesService,
    private readonly feedback: FeedbackService,
  ) {}

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

  // ---------------------------------------------------------------------------------------------------- kinds

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
