import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { makeFragmentData } from '../gql';
import type { GoalVerdict } from '../gql/graphql';
import { GoalLevelRules_RulesFragment } from './GoalCard';
import {
  OperationalGoalCard,
  OperationalGoalCard_GoalFragment,
  OperationalGoalCard_OutcomeFragment,
} from './OperationalGoalCard';

const goal = makeFragmentData(
  {
    id: 'g4',
    number: 4,
    name: 'Skapa förutsättningar för sjukvårdsregional samverkan',
    kind: 'MEETING_QUORUM',
    levelRules: makeFragmentData(
      {
        met: 'BG är beslutsför vid minst 90 procent av de planerade mötena.',
        partlyMet: 'BG är beslutsför vid minst 75 procent av de planerade mötena.',
        notMet: 'BG är beslutsför vid färre än 75 procent av de planerade mötena.',
      },
      GoalLevelRules_RulesFragment,
    ),
  },
  OperationalGoalCard_GoalFragment,
);

const outcome = (verdict: GoalVerdict) =>
  makeFragmentData(
    {
      year: 2024,
      verdict,
      text: 'Under 2024 har 14 möten hållits varvid BG har varit beslutsför vid 12 möten.',
      figures: [
        { label: 'Möten', value: 14, unit: 'count' },
        { label: 'Beslutsföra', value: 12, unit: 'count' },
        { label: 'Andel', value: 0.857, unit: 'share' },
      ],
    },
    OperationalGoalCard_OutcomeFragment,
  );

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the operational goal card', () => {
  it('names the goal by its number, and states the verdict in words beside its colour', () => {
    render(<OperationalGoalCard goal={goal} outcome={outcome('NOT_MET')} />);
    const card = screen.getByRole('article', {
      name: 'Mål 4: Skapa förutsättningar för sjukvårdsregional samverkan',
    });
    expect(card.className).toContain('level-not-met');
    expect(card.querySelector('p.muted .verdict')?.textContent).toBe('Ej uppnått');
    expect(within(card).getByText(/Under 2024 har 14 möten hållits/)).toBeTruthy();
  });

  it('shows the figures, counts as numbers and shares as percentages', () => {
    render(<OperationalGoalCard goal={goal} outcome={outcome('PARTLY_MET')} />);
    const figures = Array.from(document.querySelectorAll('.goal-figures > div')).map((figure) =>
      figure.textContent?.replace(/\u00a0/g, ' '),
    );
    expect(figures).toEqual(['Möten14', 'Beslutsföra12', 'Andel85,7 %']);
    expect(document.querySelector('.goal-card')?.className).toContain('level-partly-met');
  });

  it("states each level's rule, each named by its level", () => {
    render(<OperationalGoalCard goal={goal} outcome={outcome('MET')} />);
    const levels = Array.from(document.querySelectorAll('.level-rules > div')).map((level) => [
      level.querySelector('dt')?.textContent,
      level.querySelector('dd')?.textContent,
    ]);
    expect(levels).toEqual([
      ['Uppnått', 'BG är beslutsför vid minst 90 procent av de planerade mötena.'],
      ['Delvis uppnått', 'BG är beslutsför vid minst 75 procent av de planerade mötena.'],
      ['Ej uppnått', 'BG är beslutsför vid färre än 75 procent av de planerade mötena.'],
    ]);
  });
});
