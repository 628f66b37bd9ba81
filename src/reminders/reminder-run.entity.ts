import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One daily reminder run. The run date is unique, so a repeated or concurrent planner fans out once. */
@Entity('reminder_runs')
export class ReminderRun {
  /** The day the run is for, in the configured time zone (YYYY-MM-DD). */
  @PrimaryColumn({ type: 'date' })
  runDate: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  /** Set once every recipient's digest job has been enqueued. */
  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;

  @Column({ type: 'int', nullable: true })
  recipients: number | null;
}
