import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ACTIVITY_STATUSES, PlanActivity, type ActivityStatus } from './plan-activity.entity.js';

/** A dated progress report on an activity, with the RAG rating it gave and links to evidence. Never edited. */
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
}
