import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** cancelled: never to be sent (its recipient was erased before it went). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The Message-ID of an outbox row: the same on every attempt, so a resend after a crash is recognisable. */
export const outboxMessageId = (outboxId: string): string => `<${outboxId}@partnership-crm>`;

/**
 * A mail to send, written in the same transaction as the business change that causes it.
 * A job claims the row (pending → sending) before talking to SMTP, so two jobs never send it at once.
 * Delivery is at-least-once: a claim whose worker died is sent again after a lease, with the same
 * Message-ID (`<id@partnership-crm>`), so the rare duplicate is recognisable.
 */
@Entity('mail_outbox')
@Index('mail_outbox_pending_idx', ['createdAt'], { where: `status = 'pending'` })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What kind of mail this is (template name), for operations and reporting. */
  @Column({ type: 'varchar', length: 100 })
  kind: string;

  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'enum', enum: OUTBOX_STATUSES, enumName: 'outbox_status', default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  smtpMessageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Transient failures are retried until then (the retry horizon from writing, or from a resend); null: from created_at. */
  @Column({ type: 'timestamptz', nullable: true })
  retryUntil: Date | null;

  /** A pending row that failed transiently waits until then; the relay sends it if its delayed job is lost. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;
}
