import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * One staff member's digest for one run, written in the digest's transaction: a second run of the
 * same digest job finds it and stops, so each owner gets at most one digest per run date.
 */
@Entity('reminder_digests')
export class ReminderDigest {
  @PrimaryColumn({ type: 'date' })
  runDate: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** The mail sent; null when nothing new was due. */
  @Column({ type: 'uuid', nullable: true })
  outboxId: string | null;

  @Column({ type: 'int', default: 0 })
  itemCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
