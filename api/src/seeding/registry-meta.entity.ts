import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Facts about the database itself, such as which seed it completed. */
@Entity('registry_meta')
export class RegistryMeta {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
