import { Field, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { conflict } from './errors.js';

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

  @Field(() => Int, {
    description: 'Increases with every change; send it back as expectedVersion to detect lost updates.',
  })
  @VersionColumn()
  version: number;
}

/** Refuses an edit made to an older version than the one stored: the other edit would otherwise be lost silently. */
export function requireVersion(record: Tracked, expectedVersion: number | null | undefined, what: string): void {
  if (expectedVersion == null || expectedVersion === record.version) return;
  throw conflict(
    `The ${what} was changed by someone else (version ${record.version}, you edited ${expectedVersion}). Reload and try again.`,
    {
      reason: 'STALE_VERSION',
      params: { current: record.version, expected: expectedVersion },
    },
  );
}
