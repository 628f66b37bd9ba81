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

/** The RAG rating of an activity (not started and done at either end). */
export const ACTIVITY_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The strategy's three horizons. */
export const ACTIVITY_PRIORITIES = ['current', 'planned', 'longer-term'] as const;
export type ActivityPriority = (typeof ACTIVITY_PRIORITIES)[number];

/**
 * An activity of the implementation plan: what will be done, by when and by whom, which theme and
 * promises it serves, the partners leading and joining it, and the city outcomes it contributes to.
 * Its status is the latest RAG rating; dated progress updates keep the history.
 */
@Entity('plan_activities')
@Index('plan_activities_target_idx', ['targetDate', 'id'])
export class PlanActivity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @ManyToOne(() => ReferenceEntry, { nullable: false })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<ReferenceEntry>;

  @Index()
  @Column({ type: 'uuid' })
  themeId: string;

  @Column({ type: 'enum', enum: ACTIVITY_PRIORITIES, enumName: 'activity_priority', default: 'current' })
  priority: ActivityPriority;

  @Index()
  @Column({ type: 'enum', enum: ACTIVITY_STATUSES, enumName: 'activity_status', default: 'not-started' })
  status: ActivityStatus;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'plan_activity_promises', joinColumn: { name: 'activity_id' }, inverseJoinColumn: { name: 'reference_id' } })
  promises: Relation<ReferenceEntry>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'plan_activity_outcomes', joinColumn: { name: 'activity_id' }, inverseJoinColumn: { name: 'reference_id' } })
  outcomes: Relation<ReferenceEntry>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'plan_activity_priority_areas', joinColumn: { name: 'activity_id' }, inverseJoinColumn: { name: 'reference_id' } })
  priorityAreas: Relation<ReferenceEntry>[];

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'plan_activity_lead_partners', joinColumn: { name: 'activity_id' }, inverseJoinColumn: { name: 'partner_id' } })
  leadPartners: Relation<Partner>[];

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'plan_activity_partners', joinColumn: { name: 'activity_id' }, inverseJoinColumn: { name: 'partner_id' } })
  partners: Relation<Partner>[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
