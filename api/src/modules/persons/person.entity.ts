import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { Region } from '../geography/region.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  OTHER = 'OTHER',
}

/** The level of care a person works in; an NAG is to have primary and specialist care, perhaps municipal care. */
export enum CareLevel {
  PRIMARY = 'PRIMARY',
  SPECIALIST = 'SPECIALIST',
  MUNICIPAL = 'MUNICIPAL',
}

registerEnumType(CareLevel, {
  name: 'CareLevel',
  valuesConfig: {
    PRIMARY: { description: 'Primärvård' },
    SPECIALIST: { description: 'Specialiserad vård' },
    MUNICIPAL: { description: 'Kommunal vård och omsorg' },
  },
});

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Recorded only when the person has given it; used for the gender-balance warning.',
});

/** A person who holds or has held seats; never deleted, only archived, so that history keeps its names. */
@ObjectType({ description: 'A person in the register: a member, candidate or staff member of groups.' })
@Entity('persons')
@Index(['searchKey'])
export class Person extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  searchKey: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** Lower-cased e-mail, unique when present: the natural key of a person. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  emailKey: string | null;

  @Field(() => String, { nullable: true, description: 'Professional title, e.g. "Verksamhetschef".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => Gender, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  gender: Gender | null;

  @Field(() => String, {
    nullable: true,
    description: 'Profession, e.g. "Läkare", "Sjuksköterska"; recorded where known.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  profession: string | null;

  @Field(() => CareLevel, { nullable: true, description: 'The level of care the person works in, where recorded.' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  careLevel: CareLevel | null;

  /** A person is employed by a region or by another organisation, never both. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  employerRegionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employerRegionId' })
  employerRegion?: Region | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  employerOrganisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employerOrganisationId' })
  employerOrganisation?: Organisation | null;

  /**
   * Set when this record was merged into another as a duplicate: the record stays (archived) so that the history
   * and the register extract can name it, and everything it held now belongs to the person it points at.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when the person was archived; archived persons get no new seats.',
  })
  @Column({ type: Date, nullable: true })
  archivedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when the personal data was erased: the name is a neutral label, and the seats and decisions remain.',
  })
  @Column({ type: Date, nullable: true })
  erasedAt: Date | null;
}

/** The Swedish words coordinators use in their spreadsheets for these codes: exports write them, imports read them. */
export const GENDER_LABELS: Record<Gender, string> = { WOMAN: 'Kvinna', MAN: 'Man', OTHER: 'Annat' };
