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
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { User } from '../users/user.entity.js';

export const AGREEMENT_STATUSES = ['draft', 'active', 'under-review', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * Statuses in which an agreement is in force, so its review and renewal dates matter. The partial
 * indexes below cover exactly these rows: the reminder job's "due for review / renewal" queries.
 */
const IN_FORCE = `status IN ('active', 'under-review')`;

/**
 * An agreement or standing commitment with one or more partners: a memorandum of understanding,
 * a cooperation or data-sharing agreement, a contract, a pledge such as the Armed Forces Covenant.
 * Dates are calendar dates (`date` columns, 'YYYY-MM-DD' strings), reckoned in the institution's time zone.
 */
@Entity('agreements')
@Index('agreements_title_idx', ['title', 'id'])
@Index('agreements_created_idx', ['createdAt', 'id'])
@Index('agreements_review_due_idx', ['reviewDate', 'id'], { where: IN_FORCE })
@Index('agreements_end_idx', ['endDate', 'id'], { where: IN_FORCE })
@Index('agreements_renewal_notice_idx', ['renewalNoticeDate', 'id'], { where: IN_FORCE })
export class Agreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** From reference data `agreement-kind`: kinds are data, not code. */
  @Index()
  @ManyToOne(() => ReferenceEntry, { nullable: false })
  @JoinColumn({ name: 'kind_id' })
  kind: Relation<ReferenceEntry>;

  @Column({ type: 'uuid' })
  kindId: string;

  /** Changed only through the transition table (agreement-status.ts), never by a plain update. */
  @Index()
  @Column({ type: 'enum', enum: AGREEMENT_STATUSES, enumName: 'agreement_status', default: 'draft' })
  status: AgreementStatus;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  /** Last day the agreement runs (inclusive); the day after, it has expired. */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'date', nullable: true })
  reviewDate: string | null;

  /** Notice to give before the end date to renew (or to end) it. */
  @Column({ type: 'int', nullable: true })
  renewalNoticeDays: number | null;

  /** Derived: endDate minus renewalNoticeDays (the writer keeps it in step), stored so it can be indexed. */
  @Column({ type: 'date', nullable: true })
  renewalNoticeDate: string | null;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'agreement_parties', joinColumn: { name: 'agreement_id' }, inverseJoinColumn: { name: 'partner_id' } })
  parties: Relation<Partner>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'agreement_themes', joinColumn: { name: 'agreement_id' }, inverseJoinColumn: { name: 'reference_id' } })
  themes: Relation<ReferenceEntry>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'agreement_priority_areas', joinColumn: { name: 'agreement_id' }, inverseJoinColumn: { name: 'reference_id' } })
  priorityAreas: Relation<ReferenceEntry>[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
