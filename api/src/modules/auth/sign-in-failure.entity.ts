import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts (every attempt is counted before its check; a success takes it back) and failed sign-ins counted per account and per network address. Kept in the database rather than in memory so that
 * every API instance slows down the same guesser.
 */
@Entity('sign_in_failures')
export class SignInFailure {
  /** `account:<lower-cased e-mail>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'int' })
  failures: number;

  @Column({ type: Date })
  firstFailedAt: Date;

  @Column({ type: Date, nullable: true })
  blockedUntil: Date | null;

  /** While set and in the future, an attempt at this account is being checked and no other may start. */
  @Column({ type: Date, nullable: true })
  inFlightUntil: Date | null;
}
