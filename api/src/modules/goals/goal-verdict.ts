/**
 * What every goal of the register shares, share goals and operational goals alike: a three-level verdict, the rule of
 * each level in Swedish, and the sentence with which the annual report states the verdict.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Shares are ratios of small integers; this keeps a share that equals its bound on the met side of it. */
export const SHARE_EPSILON = 1e-9;

/** The annual report's three levels: grönt (uppnått), gult (delvis uppnått), rött (ej uppnått). */
export enum GoalVerdict {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}

registerEnumType(GoalVerdict, {
  name: 'GoalVerdict',
  description: "A goal's level in the annual report's goal framework.",
  valuesConfig: {
    MET: { description: 'Grönt: uppnått.' },
    PARTLY_MET: { description: 'Gult: delvis uppnått.' },
    NOT_MET: { description: 'Rött: ej uppnått.' },
  },
});

@ObjectType({ description: "The rule of each of a goal's levels, in Swedish, written from the goal's own fields." })
export class GoalLevelRules {
  @Field(() => String, { description: 'When the goal is met (grönt).' })
  met: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it is partly met (gult); null when the goal has no such level.',
  })
  partlyMet: string | null;

  @Field(() => String, { description: 'When it is not met (rött).' })
  notMet: string;
}

/** The report's closing sentence for a goal: "Bedömningen är att målet inte är uppnått." */
export function verdictSentence(verdict: GoalVerdict): string {
  switch (verdict) {
    case GoalVerdict.MET:
      return 'Bedömningen är att målet är uppnått.';
    case GoalVerdict.PARTLY_MET:
      return 'Bedömningen är att målet är delvis uppnått.';
    case GoalVerdict.NOT_MET:
      return 'Bedömningen är att målet inte är uppnått.';
  }
}

/**
 * The verdict of a goal that holds when every one of its parts holds (every region's row, every recipient, every
 * group's answer): MET when all do, PARTLY_MET when some do, NOT_MET when none do or there is nothing to judge.
 */
export function verdictOfParts(met: number, of: number): GoalVerdict {
  if (of > 0 && met === of) return GoalVerdict.MET;
  return met > 0 ? GoalVerdict.PARTLY_MET : GoalVerdict.NOT_MET;
}
