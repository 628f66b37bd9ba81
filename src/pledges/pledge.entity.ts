import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { PartnerList } from '../partners/partner-list.entity.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';

export const PLEDGE_KINDS = ['organisational', 'individual'] as const;
/** Organisational: an organisation signs (the PACT). Individual: a person endorses (the City Plan). */
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** A public pledge people or organisations sign. Its wording lives in versioned, immutable PledgeTexts. */
@Entity('pledges')
export class Pledge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Column({ type: 'enum', enum: PLEDGE_KINDS, enumName: 'pledge_kind' })
  kind: PledgeKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The version new signers see; earlier versions keep their signatures. */
  @Column({ type: 'int' })
  currentVersion: number;

  /** Commitments a signer may choose (the four Es, promises, city aims...): reference data. */
  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'pledge_commitments', joinColumn: { name: 'pledge_id' }, inverseJoinColumn: { name: 'reference_id' } })
  commitments: Relation<ReferenceEntry>[];

  /** For organisational pledges: the partner list an approved signatory joins (e.g. 'pact-partners'). */
  @ManyToOne(() => PartnerList, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_list_id' })
  partnerList: Relation<PartnerList> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnerListId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
