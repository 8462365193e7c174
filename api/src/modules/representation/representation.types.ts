import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { Organisation } from '../organisations/organisation.entity.js';

@ObjectType({ description: "One region's seats in a representation report." })
export class RegionShare {
  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  seats: number;

  @Field(() => Float, { description: 'seats / totalSeats, 0 when there are no seats.' })
  share: number;

  @Field(() => Int, { description: "The region's population the report uses: its figure of populationYear." })
  population: number;

  @Field(() => Int, {
    description:
      "The year whose figure the report uses: the report day's year, else the latest earlier year with a figure, else the earliest later one.",
  })
  populationYear: number;

  @Field(() => Float, { description: "The region's population / the healthcare region's population." })
  populationShare: number;

  @Field(() => Float, {
    description:
      '(share − populationShare) in percentage points: above 0 the region holds more than its population share.',
  })
  gapPoints: number;
}

@ObjectType({ description: 'Seats representing one organisation (a municipality, a university …) on the day.' })
export class OrganisationSeats {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Int)
  seats: number;
}

@ObjectType({ description: "How a healthcare region's seats are shared between its regions on one day." })
export class RepresentationReport {
  @Field(() => DateScalar)
  asOf: IsoDate;

  @Field(() => Int)
  totalSeats: number;

  @Field(() => [RegionShare], { description: 'One row per region of the healthcare region, zero seats included.' })
  shares: RegionShare[];

  @Field(() => [OrganisationSeats], {
    description:
      "Seats counted under the same filter that represent an organisation lying in one of the healthcare region's regions, most seats first; beside the regions' seats, not in totalSeats or shares.",
  })
  organisationSeats: OrganisationSeats[];
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

  @Field(() => [ID], {
    nullable: true,
    description: "Count only seats in these groups (e.g. a group's lineageGroupIds); default every group.",
  })
  groupIds?: string[] | null;
}
