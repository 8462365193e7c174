import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;
let norraId: string;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
  const result = await registry.request<{ healthcareRegions: { id: string; code: string }[] }>(
    '{ healthcareRegions { id code } }',
    {},
    registry.adminToken,
  );
  norraId = result.data!.healthcareRegions.find((hr) => hr.code === 'NORRA')!.id;
});
afterAll(() => registry.stop());

async function shares(asOf: string) {
  const result = await registry.request<{
    representation: { totalSeats: number; shares: { region: { code: string }; seats: number; share: number }[] };
  }>(
    'query ($hr: ID!, $asOf: Date!) { representation(healthcareRegionId: $hr, asOf: $asOf) { totalSeats shares { region { code } seats share } } }',
    { hr: norraId, asOf },
    registry.adminToken,
  );
  expect(result.errors).toBeUndefined();
  const report = result.data!.representation;
  return { total: report.totalSeats, byRegion: Object.fromEntries(report.shares.map((s) => [s.region.code, s.share])) };
}

describe('the demo data set', () => {
  it('holds the reference data: 6 healthcare regions, 21 regions, 26 NPOs', async () => {
    const result = await registry.request<{
      healthcareRegions: { regions: unknown[] }[];
      groups: { totalCount: number };
    }>(
      '{ healthcareRegions { regions { id } } groups(filter: { types: [NPO] }) { totalCount } }',
      {},
      registry.adminToken,
    );
    expect(result.data?.healthcareRegions).toHaveLength(6);
    expect(result.data?.healthcareRegions.flatMap((hr) => hr.regions)).toHaveLength(21);
    expect(result.data?.groups.totalCount).toBe(26);
  });

  it("reproduces the annual report's shares of Norra's national seats in August 2023", async () => {
    const { byRegion } = await shares('2023-08-31');
    const rounded = Object.fromEntries(
      Object.entries(byRegion).map(([code, share]) => [code, Math.round(share * 100) / 100]),
    );
    // Norrbotten 25, Jämtland Härjedalen 23, Västernorrland 22, Västerbotten 24
    expect(rounded).toEqual({ '25': 0.12, '23': 0.17, '22': 0.13, '24': 0.58 });
  });

  it('shows Västerbotten at 56 % in December 2024 and each other region a little higher than in 2023', async () => {
    const before = (await shares('2023-08-31')).byRegion;
    const after = (await shares('2024-12-31')).byRegion;
    expect(Math.round(after['24']! * 100)).toBe(56);
    for (const code of ['25', '23', '22']) {
      expect(after[code]).toBeGreaterThan(before[code]!);
      expect(after[code]! - before[code]!).toBeLessThan(0.03);
    }
  });

  it("evaluates NRF's goal 1 (INCREASE_SHARE, 2023-08-31 → 2024-12-31, the three smaller regions) as met", async () => {
    const result = await registry.request<{
      shareGoals: {
        number: number | null;
        name: string;
        kind: string;
        evaluation: { met: boolean; rows: { region: { code: string }; met: boolean; change: number }[] };
      }[];
    }>(
      '{ shareGoals { number name kind evaluation { met rows { region { code } met change } } } }',
      {},
      registry.adminToken,
    );
    const goal = result.data!.shareGoals.find((g) => g.kind === 'INCREASE_SHARE')!;
    expect(goal.number).toBe(1);
    expect(goal.name).toMatch(/^Gemensamt ansvar för jämlik vård/);
    expect(goal.evaluation.met).toBe(true);
    expect(goal.evaluation.rows.map((r) => [r.region.code, r.met])).toEqual(
      expect.arrayContaining([
        ['25', true],
        ['23', true],
        ['22', true],
      ]),
    );
    expect(goal.evaluation.rows.every((r) => r.change > 0 && r.change < 0.03)).toBe(true);
  });
});

describe('the demo dialogues, meetings, feedback and goals', () => {
  it('document every 2024 answer behind goals 2 and 6, and show what 2025 still lacks', async () => {
    const coverage = (year: number, key: string) =>
      registry.request<{
        dialogueCoverage: { required: number; answered: number; complete: boolean; missing: { name: string }[] };
      }>(
        'query ($year: Int!, $key: String!) { dialogueCoverage(year: $year, questionKey: $key) { required answered complete missing { name } } }',
        { year, key },
        registry.adminToken,
      );
    const levels2024 = (await coverage(2024, 'nivastrukturering')).data!.dialogueCoverage;
    expect(levels2024).toMatchObject({ complete: true, missing: [] });
    expect(levels2024.required).toBe(5);
    expect((await coverage(2024, 'regionavtal')).data!.dialogueCoverage).toMatchObject({
      required: 12,
      answered: 12,
      complete: true,
    });
    const agreement2025 = (await coverage(2025, 'regionavtal')).data!.dialogueCoverage;
    expect(agreement2025.complete).toBe(false);
    expect(agreement2025.answered).toBe(4);
    expect(agreement2025.missing).toHaveLength(8);
  });

  it("writes the annual report's section for 2024 with the report's figures and verdicts", async () => {
    const result = await registry.request<{
      annualReport: {
        year: number;
        text: string;
        rollUp: string;
        goals: { number: number; name: string; verdict: string; text: string }[];
      };
    }>(
      'query ($hr: ID!) { annualReport(year: 2024, healthcareRegionId: $hr) { year text rollUp goals { number name verdict text } } }',
      { hr: norraId },
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.annualReport;
    const paragraphs = report.text.split('\n\n');
    const goal = (n: number) => paragraphs.find((p) => p.startsWith(`Mål ${n}:`))!;
    expect(goal(1)).toContain('Region Norrbotten 12 procent');
    expect(goal(1)).toContain('Region Jämtland Härjedalen 17 procent');
    expect(goal(1)).toContain('Region Västernorrland 13 procent');
    expect(goal(1)).toContain('Region Västerbotten 58 procent');
    expect(goal(1)).toContain('Region Västerbottens andel i december 2024 uppgick till 56 procent');
    expect(goal(4)).toBe(
      'Mål 4: Skapa förutsättningar för sjukvårdsregional samverkan. Under 2024 har 14 möten hållits varvid ' +
        'Beredningsgruppen (BG) har varit beslutsför vid 12 möten. Det uppgår till 86 procent av mötena. ' +
        'Av dessa 12 möten har 8 haft delvis frånvaro. Bedömningen är att målet inte är uppnått.',
    );
    // Goals 3 and 5 on their own criteria: the feedback given, and the agendas of every BG and RSK meeting.
    expect(goal(3)).toContain(
      'återkoppling lämnats till SKR den 15 april 2024 och till Förbundsdirektionen (FD) den 17 oktober 2024.',
    );
    expect(goal(5)).toContain('Nära vård har stått på dagordningen vid samtliga 20 möten.');
    for (const n of [1, 2, 3, 5, 6]) expect(goal(n)).toMatch(/Bedömningen är att målet är uppnått\.$/);
    expect(report.goals.map((g) => [g.number, g.verdict])).toEqual([
      [1, 'MET'],
      [2, 'MET'],
      [3, 'MET'],
      [4, 'NOT_MET'],
      [5, 'MET'],
      [6, 'MET'],
    ]);
    expect(report.rollUp).toBe('Fem av sex mål är uppnådda.');
    expect(paragraphs.at(-1)).toBe('Fem av sex mål är uppnådda.');
  });

  it("lists Norra's goals with the bodies, topic and recipients they name, and the feedback given in 2024", async () => {
    const result = await registry.request<{
      operationalGoals: {
        number: number;
        kind: string;
        groups: { name: string }[];
        topic: { key: string } | null;
        feedbackToSkr: boolean;
        feedbackGroups: { name: string }[];
        levelRules: { met: string; partlyMet: string | null };
        evaluation: { verdict: string; figures: { label: string; value: number }[] };
      }[];
      feedbackRecords: {
        givenOn: string;
        recipient: string;
        recipientName: string;
        recipientGroup: { name: string } | null;
      }[];
    }>(
      `query ($hr: ID!) {
        operationalGoals(healthcareRegionId: $hr) {
          number kind groups { name } topic { key } feedbackToSkr feedbackGroups { name }
          levelRules { met partlyMet } evaluation(year: 2024) { verdict figures { label value } }
        }
        feedbackRecords(healthcareRegionId: $hr, year: 2024) { givenOn recipient recipientName recipientGroup { name } }
      }`,
      { hr: norraId },
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    const goals = result.data!.operationalGoals;
    expect(goals.map((g) => [g.number, g.kind])).toEqual([
      [2, 'DIALOGUE_ANSWERS'],
      [3, 'FEEDBACK_GIVEN'],
      [4, 'MEETING_QUORUM'],
      [5, 'TOPIC_AT_EVERY_MEETING'],
      [6, 'DIALOGUE_ANSWERS'],
    ]);
    const quorum = goals.find((g) => g.number === 4)!;
    expect(quorum.groups.map((g) => g.name)).toEqual(['Beredningsgruppen (BG)']);
    expect(quorum.levelRules).toEqual({
      met: 'Beredningsgruppen (BG) är beslutsför vid minst 90 procent av årets planerade möten.',
      partlyMet: null,
    });
    expect(Object.fromEntries(quorum.evaluation.figures.map((f) => [f.label, f.value]))).toMatchObject({
      Möten: 14,
      Beslutsföra: 12,
      'Delvis frånvaro': 8,
    });
    const topic = goals.find((g) => g.number === 5)!;
    expect(topic.topic).toEqual({ key: 'nara-vard' });
    expect(topic.groups.map((g) => g.name)).toEqual([
      'Beredningsgruppen (BG)',
      'Samverkansgruppen för kunskapsstyrning (RSK)',
    ]);
    const feedback = goals.find((g) => g.number === 3)!;
    expect([feedback.feedbackToSkr, feedback.feedbackGroups.map((g) => g.name)]).toEqual([
      true,
      ['Förbundsdirektionen (FD)'],
    ]);
    expect(result.data!.feedbackRecords).toEqual([
      { givenOn: '2024-04-15', recipient: 'SKR', recipientName: 'SKR', recipientGroup: null },
      {
        givenOn: '2024-10-17',
        recipient: 'GROUP',
        recipientName: 'Förbundsdirektionen (FD)',
        recipientGroup: { name: 'Förbundsdirektionen (FD)' },
      },
    ]);
  });

  it('shows 2025 in progress: feedback to SKR only so far, and meetings still scheduled', async () => {
    const result = await registry.request<{
      annualReport: { rollUp: string; goals: { number: number; verdict: string; text: string }[] };
    }>(
      'query ($hr: ID!) { annualReport(year: 2025, healthcareRegionId: $hr) { rollUp goals { number verdict text } } }',
      { hr: norraId },
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    const goals = result.data!.annualReport.goals;
    expect(goals.find((g) => g.number === 3)).toMatchObject({ verdict: 'PARTLY_MET' });
    expect(goals.find((g) => g.number === 4)!.text).toContain('Ytterligare 3 möten är planerade under året.');
    expect(goals.find((g) => g.number === 5)).toMatchObject({ verdict: 'PARTLY_MET' });
  });
});
