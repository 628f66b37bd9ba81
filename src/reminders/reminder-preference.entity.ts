import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

export const DIGEST_FREQUENCIES = ['daily', 'weekly', 'paused'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A staff member's choice of reminder digest. No row means the default: daily. */
@Entity('reminder_preferences')
@Check('reminder_preferences_weekly_day_check', '"weekly_day" BETWEEN 1 AND 7')
export class ReminderPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'enum', enum: DIGEST_FREQUENCIES, enumName: 'digest_frequency', default: 'daily' })
  frequency: DigestFrequency;

  /** ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday. Kept while daily or paused. */
  @Column({ type: 'smallint', default: 1 })
  weeklyDay: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
