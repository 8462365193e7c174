import { Field, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What every user-edited record carries: when it was made and changed, and a version that an edit sends back as
 * `expectedVersion`, so that of two concurrent edits the second is refused rather than silently lost.
 */
@ObjectType()
export abstract class Tracked {
  @Field(() => Date)
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases with every change; send it back as expectedVersion to detect lost updates.' })
  @VersionColumn()
  version: number;
}
