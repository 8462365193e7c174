import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A token that every change to the register replaces, in the change's own transaction. Results computed from the
 * register (reports, evaluations) are cached under the token they were computed at, so a change made through any API
 * instance invalidates every instance's cache. A random token, not a counter: a rolled-back change leaves behind no
 * value that a later change could reuse.
 */
@Entity('register_version')
export class RegisterVersion {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 36 })
  token: string;
}
