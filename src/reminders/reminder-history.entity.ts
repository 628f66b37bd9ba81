import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const REMINDER_ITEM_TYPES = ['partner', 'action', 'agreement'] as const;
export type ReminderItemType = (typeof REMINDER_ITEM_TYPES)[number];

/**
 * Items already reminded. The key includes the cycle — the reminder occasion, such as
 * `overdue-2030-01-07` (a dialogue due date) or `review-30-2030-03-01` (an agreement offset) — so an
 * item is reminded once per occasion. Digests claim items by inserting here with ON CONFLICT DO NOTHING.
 * No foreign key to users: a claim inserts thousands of rows at once, and checking the key row by row cost a
 * third of it; only the claim writes here, for the user whose digest row (which has the key) it just inserted.
 */
@Entity('reminder_history')
@Index('reminder_history_run_date_idx', ['runDate'])
export class ReminderHistoryEntry {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'enum', enum: REMINDER_ITEM_TYPES, enumName: 'reminder_item_type' })
  itemType: ReminderItemType;

  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  cycle: string;

  /** The run that reminded it. */
  @Column({ type: 'date' })
  runDate: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
