import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Region } from '../geography/region.entity.js';
import { UserRole } from '../../common/user-role.js';

@ObjectType({ description: 'Someone who signs in to the registry.' })
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  emailKey: string;

  /** scrypt hash in the form `scrypt$N$r$p$salt$hash` (base64url). */
  @Column({ type: 'varchar', length: 300 })
  passwordHash: string;

  @Field(() => UserRole)
  @Column({ type: 'varchar', length: 30 })
  role: UserRole;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: Region | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date)
  @CreateDateColumn()
  createdAt: Date;
}
