import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { FeedbackRecipient } from './feedback-record.entity.js';

@InputType()
export class CreateFeedbackRecordInput {
  @Field(() => ID)
  healthcareRegionId: string;

  @Field(() => DateScalar)
  givenOn: IsoDate;

  @Field(() => FeedbackRecipient)
  recipient: FeedbackRecipient;

  @Field(() => ID, { nullable: true, description: 'Required when recipient is GROUP, not allowed otherwise.' })
  recipientGroupId?: string | null;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(500)
  subject: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  reference?: string | null;
}

@InputType({ description: 'Only the fields given change; recipientGroupId and reference may be set to null.' })
export class UpdateFeedbackRecordInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { nullable: true })
  givenOn?: IsoDate | null;

  @Field(() => FeedbackRecipient, { nullable: true })
  recipient?: FeedbackRecipient | null;

  @Field(() => ID, { nullable: true })
  recipientGroupId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(500)
  subject?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  reference?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
