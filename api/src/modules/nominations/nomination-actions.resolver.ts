import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { CandidateActions, NominationActions } from './nomination-actions.types.js';
import { Candidate, Nomination } from './nomination.entity.js';
import {
  candidateActions,
  candidateIsOpen,
  isUndecided,
  mayProposeCandidates,
  nominationActions,
} from './nomination-permissions.js';

@Resolver(() => Nomination)
export class NominationActionsResolver {
  @FieldResolver(() => NominationActions, {
    description: 'What the signed-in user may do with this nomination now; the client shows only these controls.',
  })
  async viewerMay(@Root() nomination: Nomination, @Ctx() ctx: Context): Promise<NominationActions> {
    const actor = actorOf(ctx);
    const regions = mayProposeCandidates(actor, nomination)
      ? await ctx.services.nominations.regionsActorMayPropose(actor, nomination)
      : [];
    return nominationActions(actor, nomination, regions.length > 0);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the nomination still runs (OPEN or REVIEW): its candidates may change and it may be decided.',
  })
  running(@Root() nomination: Nomination): boolean {
    return isUndecided(nomination);
  }
}

@Resolver(() => Candidate)
export class CandidateActionsResolver {
  @FieldResolver(() => CandidateActions, {
    description: 'What the signed-in user may do with this candidacy now; the client shows only these controls.',
  })
  async viewerMay(@Root() candidate: Candidate, @Ctx() ctx: Context): Promise<CandidateActions> {
    const nomination = await ctx.loaders.nomination.load(candidate.nominationId);
    if (!nomination) return { edit: false, reviewDeclaration: false, withdraw: false };
    return candidateActions(actorOf(ctx), candidate, nomination);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the candidacy may still change: not withdrawn, and its nomination still runs.',
  })
  async running(@Root() candidate: Candidate, @Ctx() { loaders }: Context): Promise<boolean> {
    const nomination = await loaders.nomination.load(candidate.nominationId);
    return nomination ? candidateIsOpen(candidate, nomination) : false;
  }
}
