import { Field, ObjectType } from 'type-graphql';
import {
  MemberRole,
  Participation,
  countsTowardsShare,
  defaultParticipation,
  representsOrganisation,
  representsRegion,
} from './member-role.js';

@ObjectType({ description: 'What a role means in the register, so that clients need not repeat the rules.' })
export class MemberRoleInfo {
  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => Boolean, { description: "Whether the role holds a region's seat and so takes a represented region." })
  representsRegion: boolean;

  @Field(() => Boolean, {
    description: 'Whether the seat may represent an organisation instead of a region (representedOrganisationId).',
  })
  representsOrganisation: boolean;

  @Field(() => Boolean, { description: "Whether the seat counts towards a region's share by default." })
  countsTowardsShare: boolean;

  @Field(() => Participation, { description: 'What a member in this role may do at meetings unless set otherwise.' })
  defaultParticipation: Participation;
}

export const memberRoleInfos = (): MemberRoleInfo[] =>
  Object.values(MemberRole).map((role) => ({
    role,
    representsRegion: representsRegion(role),
    representsOrganisation: representsOrganisation(role),
    countsTowardsShare: countsTowardsShare(role),
    defaultParticipation: defaultParticipation(role),
  }));
