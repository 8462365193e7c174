import { Field, ObjectType } from 'type-graphql';
import type { CandidateActionFlags, NominationActionFlags } from './nomination-permissions.js';

@ObjectType({
  description: 'The steps the signed-in user may take on a nomination now: the API refuses the others.',
})
export class NominationActions implements NominationActionFlags {
  @Field(() => Boolean, { description: 'Close the call for candidates (moveNominationToReview).' })
  moveToReview: boolean;

  @Field(() => Boolean, { description: 'Cancel the nomination (cancelNomination).' })
  cancel: boolean;

  @Field(() => Boolean, { description: 'Decide, appointing candidates (decideNomination).' })
  decide: boolean;

  @Field(() => Boolean, { description: 'Decide to close without appointment (decideNomination).' })
  closeWithoutAppointment: boolean;

  @Field(() => Boolean, {
    description: 'Propose a candidate (proposeCandidate), for one of regionsViewerMayPropose.',
  })
  proposeCandidate: boolean;
}

@ObjectType({ description: 'The steps the signed-in user may take on a candidacy now: the API refuses the others.' })
export class CandidateActions implements CandidateActionFlags {
  @Field(() => Boolean, {
    description: "Record the manager's approval, the declaration, motivation, competence or title (updateCandidate).",
  })
  edit: boolean;

  @Field(() => Boolean, {
    description: 'Record that the conflict-of-interest declaration is reviewed (updateCandidate declarationReviewed).',
  })
  reviewDeclaration: boolean;

  @Field(() => Boolean, { description: 'Withdraw the candidacy (withdrawCandidate).' })
  withdraw: boolean;
}
