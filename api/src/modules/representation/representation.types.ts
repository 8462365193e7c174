import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';

@ObjectType({ description: "One region's seats in a representation report." })
export class RegionShare {
  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  seats: number;

  @Field(() => Float, { description: 'seats / totalSeats, 0 when there are no seats.' })
  share: number;

  @Field(() => Float, { description: "The region's population / the healthcare region's population." })
  populationShare: number;

  @Field(() => Float, {
    description:
      '(share − populationShare) in percentage points: above 0 the region holds more than its population share.',
  })
  gapPoints: number;
}

@ObjectType({ description: "How a healthcare region's seats are shared between its regions on one day." })
export class RepresentationReport {
  @Field(() => DateScalar)
  asOf: IsoDate;

  @Field(() => Int)
  totalSeats: number;

  @Field(() => [RegionShare], { description: 'One row per region of the healthcare region, zero seats included.' })
  shares: RegionShare[];
}

/** Which seats count: the same three arguments on every representation query. */
@ArgsType()
export class SeatFilterArgs {
  @Field(() => [Tier], { nullable: true, description: 'Defaults to [NATIONAL].' })
  tiers?: Tier[] | null;

  @Field(() => [MemberRole], {
    nullable: true,
    description: 'Defaults to [CHAIR, VICE_CHAIR, FIRST_VICE_CHAIR, SECOND_VICE_CHAIR, MEMBER].',
  })
  roles?: MemberRole[] | null;

  @Field(() => [GroupType], { nullable: true, description: 'Narrows the tiers to these group types.' })
  types?: GroupType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Also count the seats of the tiers' bodies (FD, BG, RSK, national bodies …); default false.",
  })
  includeBodies?: boolean | null;
}
