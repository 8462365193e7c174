import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { makeFragmentData } from '../gql';
import { GoalCard, GoalCard_EvaluationFragment, GoalCard_GoalFragment, GoalLevelRules_RulesFragment } from './GoalCard';

const levelRules = makeFragmentData(
  {
    met: 'Uppnått när varje angiven region ligger inom tillåtet avstånd.',
    partlyMet: 'Delvis uppnått när några men inte alla angivna regioner gör det.',
    notMet: 'Ej uppnått när ingen angiven region gör det.',
  },
  GoalLevelRules_RulesFragment,
);

const evaluation = makeFragmentData(
  {
    asOf: '2026-12-31',
    verdict: 'PARTLY_MET',
    rows: [
      {
        region: { id: 'r25', name: 'Region Norrbotten' },
        baselineShare: 0.1,
        share: 0.158,
        change: 0.058,
        populationShare: 0.277,
        gapPoints: -11.9,
        met: false,
      },
      {
        region: { id: 'r24', name: 'Region Västerbotten' },
        baselineShare: 0.3,
        share: 0.3,
        change: 0,
        populationShare: 0.306,
        gapPoints: -0.6,
        met: true,
      },
    ],
  },
  GoalCard_EvaluationFragment,
);

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the goal card', () => {
  it('gives a parity goal its reason per region: population share, distance and tolerance', () => {
    const goal = {
      id: 'g',
      name: 'Inom tio',
      kind: 'POPULATION_PARITY' as const,
      baselineDate: '2025-01-01',
      targetDate: '2026-12-31',
      tolerancePoints: 10,
      maxShare: null,
      number: null,
      levelRules,
    };
    render(<GoalCard goal={makeFragmentData(goal, GoalCard_GoalFragment)} verdict={evaluation} current={evaluation} />);
    const headings = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headings).toEqual([
      'Region',
      'Befolkningsandel',
      'Andel 2026-12-31',
      'Avstånd till befolkningsandelen',
      'Tillåtet avstånd',
      'Uppfyllt',
    ]);
    const cells = within(screen.getByRole('row', { name: /Region Norrbotten/ }))
      .getAllByRole('cell')
      .map((td) => td.textContent?.replace(/\u00a0/g, ' '));
    expect(cells).toEqual(['27,7 %', '15,8 %', '−11,9 p.e.', '±10,0 p.e.', 'Nej']);
  });

  it('keeps baseline and change for a goal of increase', () => {
    const goal = {
      id: 'g',
      name: 'Öka',
      kind: 'INCREASE_SHARE' as const,
      baselineDate: '2025-01-01',
      targetDate: '2026-12-31',
      tolerancePoints: null,
      maxShare: null,
      number: 1,
      levelRules,
    };
    render(<GoalCard goal={makeFragmentData(goal, GoalCard_GoalFragment)} verdict={evaluation} current={evaluation} />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Region',
      'Utgångsläge 2025-01-01',
      'Andel 2026-12-31',
      'Förändring',
      'Uppfyllt',
    ]);
  });

  it('states its three-level verdict in words beside the colour, and the rule of each level', () => {
    const goal = {
      id: 'g',
      name: 'Öka',
      kind: 'INCREASE_SHARE' as const,
      baselineDate: '2025-01-01',
      targetDate: '2026-12-31',
      tolerancePoints: null,
      maxShare: null,
      number: 1,
      levelRules,
    };
    render(<GoalCard goal={makeFragmentData(goal, GoalCard_GoalFragment)} verdict={evaluation} current={evaluation} />);
    const card = screen.getByRole('article', { name: 'Mål 1: Öka' });
    expect(card.className).toContain('level-partly-met');
    expect(within(card).getByRole('table').querySelector('caption .verdict')?.textContent).toBe('Delvis uppnått');
    const rules = card.querySelector('dl.level-rules')!;
    expect(
      Array.from(rules.querySelectorAll('div')).map((level) => [
        level.querySelector('dt')?.textContent,
        level.querySelector('dd')?.textContent,
      ]),
    ).toEqual([
      ['Uppnått', 'Uppnått när varje angiven region ligger inom tillåtet avstånd.'],
      ['Delvis uppnått', 'Delvis uppnått när några men inte alla angivna regioner gör det.'],
      ['Ej uppnått', 'Ej uppnått när ingen angiven region gör det.'],
    ]);
  });
});
