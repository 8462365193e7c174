import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { Region } from '../geography/region.entity.js';

/** What an organisation other than a region is: the employers and seat owners the sources name beside the regions. */
export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UNIVERSITY = 'UNIVERSITY',
  SKR = 'SKR',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  PATIENT_ORGANISATION = 'PATIENT_ORGANISATION',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  valuesConfig: {
    MUNICIPALITY: { description: 'Kommun, or a municipal association speaking for the municipalities' },
    UNIVERSITY: { description: 'Universitet eller högskola' },
    SKR: { description: 'Sveriges Kommuner och Regioner' },
    GOVERNMENT_AGENCY: { description: 'Myndighet, e.g. Socialstyrelsen' },
    PATIENT_ORGANISATION: { description: 'Patient- eller brukarorganisation' },
    OTHER: { description: 'Annan organisation' },
  },
});

/**
 * An organisation other than the 21 regions: a person's employer, and what a seat represents where it is not a
 * region (a municipal or patient organisation seat). Reports count regions; these seats are shown beside them.
 */
@ObjectType({
  description: 'An organisation other than a region: municipality, university, SKR, agency, patient organisation.',
})
@Entity('organisations')
@Index(['kind', 'searchKey'])
export class Organisation extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Folded name: unique, so that one organisation is not entered twice under two spellings of case. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  searchKey: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'varchar', length: 24 })
  kind: OrganisationKind;

  /** The region the organisation lies in (a municipality, a university); null for national ones such as SKR. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: Region | null;
}
