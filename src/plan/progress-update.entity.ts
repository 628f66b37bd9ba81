import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ACTIVITY_STATUSES, PlanActivity, type ActivityStatus } from './plan-activity.entity.js';

/**
 * A dated progress report on an activity, with the RAG rating it gave and links to evidence. Its content is
 * never edited: a wrong one is withdrawn (with a reason), or corrected by a new update that replaces it.
 */
@Entity('plan_progress_updates')
@Index('plan_progress_updates_activity_idx', ['activityId', 'reportedOn', 'createdAt'])
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => PlanActivity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity: Relation<PlanActivity>;

  @Column({ type: 'uuid' })
  activityId: string;

  /** The day the progress refers to (a quarter's snapshot takes the latest on or before its last day). */
  @Column({ type: 'date' })
  reportedOn: string;

  @Column({ type: 'enum', enum: ACTIVITY_STATUSES, enumName: 'activity_status' })
  status: ActivityStatus;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When it was withdrawn or corrected (it then no longer sets the activity's status nor reaches a quarter). */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnBy: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  /** The update this one corrects (withdrawn when this was written). */
  @ManyToOne(() => ProgressUpdate, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'FK_plan_progress_updates_corrects_id' })
  corrects: Relation<ProgressUpdate> | null;

  @Index('IDX_plan_progress_updates_corrects_id')
  @Column({ type: 'uuid', nullable: true })
  correctsId: string | null;
}
