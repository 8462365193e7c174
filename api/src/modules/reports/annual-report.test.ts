import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { FeedbackRecipient } from '../feedback/feedback-record.entity.js';
import { GoalVerdict } from '../goals/goal-verdict.js';
import { ShareGoalKind } from '../goals/share-goal.entity.js';
import { GroupType } from '../groups/group-type.js';
import { OperationalGoalKind } from '../operational-goals/operational-goal.entity.js';
import { rollUp } from './annual-report.service.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let norraId: string;

beforeAll(async () => {
  env = await openTestServices();
  const f = factories(env.services);
  norraId = (await f.healthcareRegion('NORRA')).id;
  const [nb, vb] = await Promise.all([f.region('25'), f.region('24')]);
  const nag = await f.group(GroupType.NAG, { parentId: (await f.npo()).id });
  await f.membership(nag, await f.person(), { representedRegionId: vb.id, startDate: '2022-01-01' });
  await f.membership(nag, await f.person(), { representedRegionId: nb.id, startDate: '2024-03-01' });
  const shareGoal = (number: number | null, name: string) =>
    env.services.goals.create(coordinator, {
      number,
      name,
      kind: ShareGoalKind.INCREASE_SHARE,
      healthcareRegionId: norraId,
      baselineDate: '2023-12-31',
      targetDate: '2024-12-31',
      regionIds: [nb.id],
    });
  await shareGoal(null, 'Fler uppdrag till Norrbotten');
  await shareGoal(1, 'Gemensamt ansvar för jämlik vård');
  const fd = await f.group(GroupType.FD, { healthcareRegionId: norraId });
  await env.services.feedback.create(coordinator, {
    healthcareRegionId: norraId,
    givenOn: '2024-04-15',
    recipient: FeedbackRecipient.SKR,
    subject: 'Utvärdering av förbundets uppdrag',
  });
  const feedbackGoal = (number: number, feedbackGroupIds: string[]) =>
    env.services.operationalGoals.create(coordinator, {
      number,
      name: `Återkoppling ${number}`,
      kind: OperationalGoalKind.FEEDBACK_GIVEN,
      healthcareRegionId: norraId,
      feedbackToSkr: true,
      feedbackGroupIds,
    });
  // Created out of order: the report sorts them by number.
  await feedbackGoal(3, [fd.id]);
  await feedbackGoal(2, []);
});
afterAll(() => env.close());

describe('the annual report section', () => {
  it("writes the heading, every numbered goal's paragraph in number order, and the roll-up", async () => {
    const section = await env.services.annualReport.section(2024, norraId);
    expect(section.goals.map((g) => [g.number, g.verdict])).toEqual([
      [1, GoalVerdict.MET],
      [2, GoalVerdict.MET],
      [3, GoalVerdict.PARTLY_MET],
    ]);
    expect(section.rollUp).toBe('Två av tre mål är uppnådda och ett är delvis uppnått.');
    const paragraphs = section.text.split('\n\n');
    expect(paragraphs[0]).toBe('Uppföljning av målen för Norra sjukvårdsregionen 2024');
    expect(paragraphs[1]).toMatch(/^Mål 1: Gemensamt ansvar för jämlik vård\. I december 2023 fördelades/);
    expect(paragraphs[1]).toMatch(/Bedömningen är att målet är uppnått\.$/);
    expect(paragraphs[2]).toBe(
      'Mål 2: Återkoppling 2. Under 2024 har återkoppling lämnats till SKR den 15 april 2024. Bedömningen är att målet är uppnått.',
    );
    expect(paragraphs[3]).toMatch(/^Mål 3: Återkoppling 3\. .* Bedömningen är att målet är delvis uppnått\.$/);
    // A share goal outside the numbered framework is still followed up in its year, but not counted.
    expect(paragraphs[4]).toMatch(/^Fler uppdrag till Norrbotten\. I december 2023/);
    expect(paragraphs.at(-1)).toBe(section.rollUp);
  });

  it('judges the operational goals in every year, and the share goals only in the year of their target date', async () => {
    const section = await env.services.annualReport.section(2023, norraId);
    expect(section.goals.map((g) => [g.number, g.verdict])).toEqual([
      [2, GoalVerdict.NOT_MET],
      [3, GoalVerdict.NOT_MET],
    ]);
    expect(section.rollUp).toBe('Inget av två mål är uppnått.');
  });
});

describe('the roll-up', () => {
  it('counts in Swedish words up to twelve, in the number the noun needs', () => {
    const { MET, PARTLY_MET, NOT_MET } = GoalVerdict;
    expect(rollUp([MET, MET, MET, MET, MET, NOT_MET])).toBe('Fem av sex mål är uppnådda.');
    expect(rollUp([MET])).toBe('Ett av ett mål är uppnått.');
    expect(rollUp([PARTLY_MET, NOT_MET, PARTLY_MET])).toBe('Inget av tre mål är uppnått och två är delvis uppnådda.');
    expect(rollUp(Array.from({ length: 13 }, () => MET))).toBe('13 av 13 mål är uppnådda.');
    expect(rollUp([])).toBe('Inga mål följs upp i avsnittet.');
  });
});
