import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Tier } from '../groups/group-type.js';

@InputType()
export class SeatAllocationInput {
  @Field(() => ID, { nullable: true, description: 'For national groups: the healthcare region the seats belong to.' })
  healthcareRegionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For healthcare-regional and local groups: the region the seats belong to.',
  })
  regionId?: string | null;

  @Field(() => Int)
  @Min(0)
  @Max(50)
  seats: number;
}

@InputType({ description: "Replaces a group's declared seats." })
export class SetGroupSeatsInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => [SeatAllocationInput])
  allocations: SeatAllocationInput[];
}

@InputType()
export class VacancyFilter {
  @Field(() => Tier, { nullable: true })
  tier?: Tier | null;

  @Field(() => ID, { nullable: true, description: 'Seats of this healthcare region or of one of its regions.' })
  healthcareRegionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Seats of this region or of its healthcare region.' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;
}

/** Seats of one allocation on one day: how many are held and how many are free. */
@ObjectType({ description: 'One allocation of seats on one day: held and vacant.' })
export class SeatStatus {
  @Field(() => ID)
  id: string;

  groupId: string;
  healthcareRegionId: string | null;
  regionId: string | null;

  @Field(() => Int)
  seats: number;

  @Field(() => Int, { description: 'Chair, vice chair and member seats held by members representing the allocation.' })
  filled: number;

  @Field(() => Int, { description: 'seats − filled, never below 0.' })
  vacant: number;
}

/** One owner that can hold seats in a group, with the seats declared for it (0 when none). */
@ObjectType({
  description:
    "A healthcare region (national groups) or region (the others) that can hold a group's seats, with its declared seats.",
})
export class SeatOwner {
  @Field(() => ID, {
    nullable: true,
    description: 'Set for a national group: pass it back as SeatAllocationInput.healthcareRegionId.',
  })
  healthcareRegionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Set below the national tier: pass it back as SeatAllocationInput.regionId.',
  })
  regionId: string | null;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  seats: number;
}
