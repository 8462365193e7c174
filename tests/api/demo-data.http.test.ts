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
        name: string;
        kind: string;
        evaluation: { met: boolean; rows: { region: { code: string }; met: boolean; change: number }[] };
      }[];
    }>('{ shareGoals { name kind evaluation { met rows { region { code } met change } } } }', {}, registry.adminToken);
    const goal = result.data!.shareGoals.find((g) => g.kind === 'INCREASE_SHARE')!;
    expect(goal.name).toMatch(/^Mål 1/);
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

describe('the demo dialogues', () => {
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
    const result = await registry.request<{ annualReport: { year: number; text: string } }>(
      'query ($hr: ID!) { annualReport(year: 2024, healthcareRegionId: $hr) { year text } }',
      { hr: norraId },
      registry.adminToken,
    );
    const paragraphs = result.data!.annualReport.text.split('\n\n');
    const goal1 = paragraphs.find((p) => p.startsWith('Mål 1'))!;
    expect(goal1).toContain('Region Norrbotten 12 procent');
    expect(goal1).toContain('Region Jämtland Härjedalen 17 procent');
    expect(goal1).toContain('Region Västernorrland 13 procent');
    expect(goal1).toContain('Region Västerbotten 58 procent');
    expect(goal1).toContain('Region Västerbottens andel i december 2024 uppgick till 56 procent');
    expect(goal1).toMatch(/Målet bedöms som uppnått\.$/);
    for (const goal of ['Mål 2', 'Mål 6']) {
      expect(paragraphs.find((p) => p.startsWith(goal))).toMatch(/Målet bedöms som uppnått\.$/);
    }
  });
});
