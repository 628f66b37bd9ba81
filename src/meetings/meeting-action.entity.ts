import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { MeetingLog } from './meeting-log.entity.js';

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A follow-up agreed in a meeting, with an owner and a due date. */
@Entity('meeting_actions')
@Index('meeting_actions_owner_due_idx', ['ownerId', 'status', 'dueDate'])
export class MeetingAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @ManyToOne(() => MeetingLog, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<MeetingLog>;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'enum', enum: ACTION_STATUSES, enumName: 'action_status', default: 'open' })
  status: ActionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
