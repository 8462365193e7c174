import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { FeedbackRecipient } from '../feedback/feedback-record.entity.js';
import { GoalVerdict } from '../goals/goal-verdict.js';
import type { Group } from '../groups/group.entity.js';
import { GroupType } from '../groups/group-type.js';
import { MeetingKind, MeetingStatus } from '../meetings/meeting.entity.js';
import type { Person } from '../persons/person.entity.js';
import { OperationalGoal, OperationalGoalKind } from './operational-goal.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let norraId: string;
let bg: Group;
let rsk: Group;
let fd: Group;
let rpo: Group;
let topicId: string;
const members = new Map<string, Person[]>();

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  norraId = (await f.healthcareRegion('NORRA')).id;
  const regions = await Promise.all(['25', '24', '23', '22'].map((code) => f.region(code)));
  const body = async (type: GroupType) => {
    const group = await f.group(type, { healthcareRegionId: norraId });
    const people: Person[] = [];
    for (const region of regions) {
      const person = await f.person();
      await f.membership(group, person, { representedRegionId: region.id, startDate: '2022-01-01' });
      people.push(person);
    }
    members.set(group.id, people);
    return group;
  };
  bg = await body(GroupType.BG);
  rsk = await body(GroupType.RSK);
  fd = await f.group(GroupType.FD, { healthcareRegionId: norraId });
  rpo = await f.group(GroupType.RPO, { healthcareRegionId: norraId });
  await env.services.meetings.setQuorumRule(coordinator, { groupId: bg.id, minPresent: 3, everyRegionPresent: false });
  topicId = (await env.services.meetings.createTopic(coordinator, { key: 'nara-vard', name: 'Nära vård' })).id;

  // 2023: BG meets four times, quorate at three (two of them with one seat empty), "nära vård" on three agendas;
  // RSK meets twice, with the topic both times.
  await meeting(bg, '2023-02-01', 4, [topicId]);
  await meeting(bg, '2023-04-01', 3, [topicId]);
  await meeting(bg, '2023-06-01', 2, [topicId]);
  await meeting(bg, '2023-09-01', 3, [], MeetingKind.EXTRA);
  await meeting(rsk, '2023-03-01', 4, [topicId]);
  await meeting(rsk, '2023-10-01', 3, [topicId]);
  // 2024: two quorate meetings, one cancelled for want of a quorum, one moved in advance, one still scheduled.
  await meeting(bg, '2024-02-01', 4, [topicId]);
  await meeting(bg, '2024-04-01', 3, [topicId]);
  await meeting(bg, '2024-06-01', null, [], MeetingKind.PLANNED, MeetingStatus.CANCELLED_NO_QUORUM);
  await meeting(bg, '2024-08-01', null, [], MeetingKind.PLANNED, MeetingStatus.CANCELLED);
  await meeting(bg, '2024-11-01', null, [], MeetingKind.PLANNED, MeetingStatus.SCHEDULED);
});
afterAll(() => env.close());

/** A meeting of the group; with `present` set, its roll call (the first `present` members there) and agenda. */
async function meeting(
  group: Group,
  date: string,
  present: number | null,
  topicIds: string[],
  kind = MeetingKind.PLANNED,
  status = MeetingStatus.SCHEDULED,
) {
  const created = await env.services.meetings.createMeeting(coordinator, { groupId: group.id, date, kind, status });
  if (present === null) return;
  await env.services.meetings.recordRollCall(coordinator, {
    meetingId: created.id,
    entries: members.get(group.id)!.map((person, i) => ({ personId: person.id, present: i < present })),
  });
  await env.services.meetings.setAgenda(coordinator, {
    meetingId: created.id,
    items: [{ title: 'Nära vård', topicIds }, { title: 'Övrigt' }],
  });
}

/** Goals take numbers no other goal of the healthcare region holds: these from 31 on. */
let lastNumber = 30;
const goal = (fields: Partial<Parameters<typeof env.services.operationalGoals.create>[1]>) =>
  env.services.operationalGoals.create(coordinator, {
    number: ++lastNumber,
    name: 'Skapa förutsättningar för sjukvårdsregional samverkan',
    kind: OperationalGoalKind.MEETING_QUORUM,
    healthcareRegionId: norraId,
    groupIds: [bg.id],
    threshold: 0.75,
    ...fields,
  });
const count = () => env.db.getRepository(OperationalGoal).count();

describe('MEETING_QUORUM goals', () => {
  it('are met when the body is quorate at exactly the threshold of its counted meetings', async () => {
    const outcome = await env.services.operationalGoals.evaluate(await goal({}), 2023);
    expect(outcome.verdict).toBe(GoalVerdict.MET);
    expect(outcome.text).toBe(
      `Under 2023 har 4 möten hållits varvid ${bg.name} har varit beslutsför vid 3 möten. Det uppgår till 75 procent av mötena. ` +
        'Av dessa 3 möten har 2 haft delvis frånvaro. Bedömningen är att målet är uppnått.',
    );
    expect(outcome.figures).toEqual([
      { label: 'Möten', value: 4, unit: 'count' },
      { label: 'Beslutsföra', value: 3, unit: 'count' },
      { label: 'Andel', value: 0.75, unit: 'share' },
      { label: 'Delvis frånvaro', value: 2, unit: 'count' },
    ]);
  });

  it('are partly met at or above the partly-met share, and not met below it', async () => {
    const partly = await goal({ threshold: 0.9, partlyThreshold: 0.75 });
    expect((await env.services.operationalGoals.evaluate(partly, 2023)).verdict).toBe(GoalVerdict.PARTLY_MET);
    const below = await goal({ threshold: 0.9, partlyThreshold: 0.8 });
    const outcome = await env.services.operationalGoals.evaluate(below, 2023);
    expect(outcome.verdict).toBe(GoalVerdict.NOT_MET);
    expect(outcome.text).toMatch(/Bedömningen är att målet inte är uppnått\.$/);
    const twoLevels = await goal({ threshold: 0.9 });
    expect((await env.services.operationalGoals.evaluate(twoLevels, 2023)).verdict).toBe(GoalVerdict.NOT_MET);
  });

  it('count a meeting cancelled for want of a quorum as planned and not quorate; one moved in advance not at all', async () => {
    const outcome = await env.services.operationalGoals.evaluate(await goal({ threshold: 0.6 }), 2024);
    expect(outcome.verdict).toBe(GoalVerdict.MET);
    expect(outcome.text).toBe(
      `Under 2024 har 2 möten hållits och 1 möte ställts in i brist på beslutsförhet varvid ${bg.name} har varit beslutsför vid 2 möten. ` +
        'Det uppgår till 67 procent av de planerade mötena. Av dessa 2 möten har 1 haft delvis frånvaro. ' +
        'Ytterligare 1 möte är planerat under året. Bedömningen är att målet är uppnått.',
    );
    expect(outcome.figures.find((x) => x.label === 'Möten')!.value).toBe(3);
  });

  it('are not met in a year without meetings', async () => {
    const outcome = await env.services.operationalGoals.evaluate(await goal({}), 2022);
    expect(outcome).toEqual({
      year: 2022,
      verdict: GoalVerdict.NOT_MET,
      text: `Under 2022 har inga möten hållits med ${bg.name}. Bedömningen är att målet inte är uppnått.`,
      figures: [
        { label: 'Möten', value: 0, unit: 'count' },
        { label: 'Beslutsföra', value: 0, unit: 'count' },
        { label: 'Delvis frånvaro', value: 0, unit: 'count' },
      ],
    });
  });

  it('state the rule of each level', async () => {
    expect(
      await env.services.operationalGoals.levelRules(await goal({ threshold: 0.9, partlyThreshold: 0.75 })),
    ).toEqual({
      met: `${bg.name} är beslutsför vid minst 90 procent av årets planerade möten.`,
      partlyMet: `${bg.name} är beslutsför vid minst 75 procent men färre än 90 procent av mötena.`,
      notMet: `${bg.name} är beslutsför vid färre än 75 procent av mötena.`,
    });
  });
});

describe('TOPIC_AT_EVERY_MEETING goals', () => {
  const topicGoal = (fields: Partial<Parameters<typeof env.services.operationalGoals.create>[1]> = {}) =>
    goal({
      name: 'Samordning kunskapsstyrning och nära vård',
      kind: OperationalGoalKind.TOPIC_AT_EVERY_MEETING,
      groupIds: [bg.id, rsk.id],
      threshold: null,
      topicId,
      ...fields,
    });

  it('are met only when the topic was on the agenda of every held meeting of every named body', async () => {
    const onlyRsk = await env.services.operationalGoals.evaluate(await topicGoal({ groupIds: [rsk.id] }), 2023);
    expect(onlyRsk.verdict).toBe(GoalVerdict.MET);
    expect(onlyRsk.text).toBe(
      `Under 2023 har 2 möten hållits med ${rsk.name}. Nära vård har stått på dagordningen vid samtliga 2 möten. Bedömningen är att målet är uppnått.`,
    );
    const both = await env.services.operationalGoals.evaluate(await topicGoal(), 2023);
    expect(both.verdict).toBe(GoalVerdict.NOT_MET);
    expect(both.text).toContain(`Under 2023 har 6 möten hållits, 4 med ${bg.name} och 2 med ${rsk.name}.`);
    expect(both.text).toContain('Nära vård har stått på dagordningen vid 5 av 6 möten (83 procent).');
    expect(both.text).toContain(`Ämnet saknades vid ${bg.name} den 1 september 2023.`);
    const partly = await env.services.operationalGoals.evaluate(await topicGoal({ partlyThreshold: 0.8 }), 2023);
    expect(partly.verdict).toBe(GoalVerdict.PARTLY_MET);
  });

  it('leave out meetings that were not held, and are not met in a year without meetings', async () => {
    const goal2024 = await topicGoal({ groupIds: [bg.id] });
    expect((await env.services.operationalGoals.evaluate(goal2024, 2024)).verdict).toBe(GoalVerdict.MET);
    const empty = await env.services.operationalGoals.evaluate(goal2024, 2022);
    expect(empty.verdict).toBe(GoalVerdict.NOT_MET);
    expect(empty.figures).toEqual([
      { label: 'Möten', value: 0, unit: 'count' },
      { label: 'Med ämnet', value: 0, unit: 'count' },
    ]);
  });
});

describe('FEEDBACK_GIVEN goals', () => {
  it('are met when every named recipient got feedback in the year, partly met when some did', async () => {
    const feedback = (givenOn: string, recipientGroupId: string | null) =>
      env.services.feedback.create(coordinator, {
        healthcareRegionId: norraId,
        givenOn,
        recipient: recipientGroupId ? FeedbackRecipient.GROUP : FeedbackRecipient.SKR,
        recipientGroupId,
        subject: 'Utvärdering och återkoppling om förbundets uppdrag',
      });
    await feedback('2023-04-15', null);
    await feedback('2023-10-17', fd.id);
    await feedback('2024-04-14', null);
    const feedbackGoal = await goal({
      name: 'Implementering av vårdförlopp',
      kind: OperationalGoalKind.FEEDBACK_GIVEN,
      groupIds: null,
      threshold: null,
      feedbackToSkr: true,
      feedbackGroupIds: [fd.id],
    });
    const met = await env.services.operationalGoals.evaluate(feedbackGoal, 2023);
    expect(met.verdict).toBe(GoalVerdict.MET);
    expect(met.text).toBe(
      `Under 2023 har återkoppling lämnats till SKR den 15 april 2023 och till ${fd.name} den 17 oktober 2023. Bedömningen är att målet är uppnått.`,
    );
    const partly = await env.services.operationalGoals.evaluate(feedbackGoal, 2024);
    expect(partly.verdict).toBe(GoalVerdict.PARTLY_MET);
    expect(partly.text).toContain(`Återkoppling har inte lämnats till ${fd.name}.`);
    const none = await env.services.operationalGoals.evaluate(feedbackGoal, 2022);
    expect(none.verdict).toBe(GoalVerdict.NOT_MET);
    expect(none.text).toBe(
      `Under 2022 har ingen återkoppling lämnats till SKR eller ${fd.name}. Bedömningen är att målet inte är uppnått.`,
    );
    expect((await env.services.operationalGoals.levelRules(feedbackGoal)).met).toBe(
      `Återkoppling har lämnats under året till SKR och ${fd.name}.`,
    );
  });
});

describe('DIALOGUE_ANSWERS goals', () => {
  it("judge the share of the healthcare region's groups whose answer is documented", async () => {
    const lead = coordinator;
    const question = await env.services.dialogues.createQuestion(lead, {
      year: 2023,
      key: 'regionavtal',
      text: 'Hur följs regionavtalet upp?',
      appliesTo: [GroupType.RPO],
      universityHealthcareOnly: false,
    });
    const other = await f.group(GroupType.RPO, { healthcareRegionId: norraId });
    // An RPO of another healthcare region, never answered: not one of this goal's groups.
    await f.group(GroupType.RPO, { healthcareRegionId: (await f.healthcareRegion('SODRA')).id });
    await env.services.dialogues.log(lead, {
      groupId: rpo.id,
      heldOn: '2023-09-01',
      supplementary: false,
      participantIds: [],
      answers: [{ questionId: question.id, text: 'Årligen, i dialog med regionerna.' }],
      actions: [],
    });
    const dialogueGoal = (partlyThreshold: number | null) =>
      goal({
        name: 'Uppföljning av regionavtalet',
        kind: OperationalGoalKind.DIALOGUE_ANSWERS,
        groupIds: null,
        threshold: null,
        questionKey: 'regionavtal',
        partlyThreshold,
      });
    const partly = await env.services.operationalGoals.evaluate(await dialogueGoal(0.5), 2023);
    expect(partly.verdict).toBe(GoalVerdict.PARTLY_MET);
    expect(partly.text).toBe(
      `Hur följs regionavtalet upp? Svaret är dokumenterat för 1 av 2 grupper som frågan gäller. Svar saknas för RPO ${other.name}. ` +
        'Bedömningen är att målet är delvis uppnått.',
    );
    expect((await env.services.operationalGoals.evaluate(await dialogueGoal(null), 2023)).verdict).toBe(
      GoalVerdict.NOT_MET,
    );
    const unasked = await env.services.operationalGoals.evaluate(await dialogueGoal(null), 2022);
    expect(unasked.text).toBe(
      'Frågan regionavtal ingår inte i frågorna för uppföljningsdialogerna 2022. Bedömningen är att målet inte är uppnått.',
    );
  });
});

describe('operational goals', () => {
  it('refuse fields their kind does not read and require those it does, writing nothing', async () => {
    const refused = (fields: Parameters<typeof goal>[0], reason: string, field?: string) =>
      expectRefusal(() => goal(fields), { code: 'BAD_USER_INPUT', reason }, count).then((e) =>
        field ? expect(e.extensions.field).toBe(field) : undefined,
      );
    await refused({ threshold: null }, 'GOAL_FIELD_REQUIRED', 'threshold');
    await refused({ groupIds: [] }, 'GOAL_FIELD_REQUIRED', 'groupIds');
    await refused({ groupIds: [bg.id, rsk.id] }, 'GOAL_FIELD_NOT_ALLOWED', 'groupIds');
    await refused({ questionKey: 'regionavtal' }, 'GOAL_FIELD_NOT_ALLOWED', 'questionKey');
    await refused({ threshold: 0 }, 'INVALID_INPUT', 'threshold');
    await refused({ threshold: 0.9, partlyThreshold: 0.9 }, 'PARTLY_NOT_BELOW_MET', 'partlyThreshold');
    await refused({ groupIds: [rpo.id] }, 'NOT_A_BODY', 'groupIds');
    await refused(
      { kind: OperationalGoalKind.TOPIC_AT_EVERY_MEETING, threshold: null, groupIds: [bg.id] },
      'GOAL_FIELD_REQUIRED',
      'topicId',
    );
    await refused(
      { kind: OperationalGoalKind.FEEDBACK_GIVEN, threshold: null, groupIds: null },
      'GOAL_FIELD_REQUIRED',
      'feedbackGroupIds',
    );
    await refused(
      {
        kind: OperationalGoalKind.FEEDBACK_GIVEN,
        threshold: null,
        groupIds: null,
        feedbackToSkr: true,
        partlyThreshold: 0.5,
      },
      'GOAL_FIELD_NOT_ALLOWED',
      'partlyThreshold',
    );
    await refused(
      { kind: OperationalGoalKind.DIALOGUE_ANSWERS, threshold: null, groupIds: null },
      'GOAL_FIELD_REQUIRED',
      'questionKey',
    );
    await refused({ name: '  ' }, 'REQUIRED', 'name');
    await expectRefusal(
      () =>
        goal({
          kind: OperationalGoalKind.TOPIC_AT_EVERY_MEETING,
          threshold: null,
          topicId: norraId,
        }),
      { code: 'NOT_FOUND' },
      count,
    );
    await expectRefusal(() => goal({ groupIds: [norraId] }), { code: 'NOT_FOUND' }, count);
    await expectRefusal(
      () =>
        env.services.operationalGoals.create(viewer, {
          number: 4,
          name: 'x',
          kind: OperationalGoalKind.MEETING_QUORUM,
          healthcareRegionId: norraId,
          groupIds: [bg.id],
          threshold: 0.9,
        }),
      { code: 'FORBIDDEN' },
      count,
    );
  });

  it('are listed by number, edited with the same rules, and deleted', async () => {
    const created = await goal({ number: 9 });
    const listed = await env.services.operationalGoals.list(norraId);
    expect(listed.map((g) => g.number)).toEqual([...listed.map((g) => g.number)].sort((a, b) => a - b));
    const edited = await env.services.operationalGoals.update(coordinator, {
      id: created.id,
      partlyThreshold: 0.5,
      expectedVersion: created.version,
    });
    expect(edited.partlyThreshold).toBe(0.5);
    await expectRefusal(() => env.services.operationalGoals.update(coordinator, { id: created.id, threshold: 0.4 }), {
      code: 'BAD_USER_INPUT',
      reason: 'PARTLY_NOT_BELOW_MET',
    });
    await expectRefusal(
      () =>
        env.services.operationalGoals.update(coordinator, {
          id: created.id,
          name: 'x',
          expectedVersion: created.version,
        }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    const cleared = await env.services.operationalGoals.update(coordinator, { id: created.id, partlyThreshold: null });
    expect(cleared.partlyThreshold).toBeNull();
    expect(await env.services.operationalGoals.remove(coordinator, created.id)).toBe(true);
    expect(await env.services.operationalGoals.find(created.id)).toBeNull();
    await expectRefusal(() => env.services.operationalGoals.remove(coordinator, created.id), { code: 'NOT_FOUND' });
  });
});
