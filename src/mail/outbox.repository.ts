import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity.js';

/** Rows that sat in `sending` this long were interrupted mid-send; they are not retried (at-most-once). */
export const STALE_CLAIM_MINUTES = 10;

export interface ClaimedMail {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
}

interface ClaimedMailRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Atomically moves a pending row to `sending`; returns null if another run got it or it is done. */
  async claim(id: string): Promise<ClaimedMail | null> {
    const [rows]: [ClaimedMailRow[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sending', claimed_at = now(), attempts = attempts + 1
       WHERE id = $1 AND status = 'pending'
       RETURNING id, kind, recipient, subject, text_body, html_body`,
      [id],
    );
    const row = rows[0];
    return row
      ? { id: row.id, kind: row.kind, recipient: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body }
      : null;
  }

  async markSent(id: string, smtpMessageId: string): Promise<void> {
    await this.dataSource.getRepository(OutboxMessage).update(
      { id },
      { status: 'sent', sentAt: new Date(), smtpMessageId, lastError: null },
    );
  }

  /** Transient failure: back to pending so the retried job can claim it again. */
  async release(id: string, error: string): Promise<void> {
    await this.dataSource.getRepository(OutboxMessage).update({ id, status: 'sending' }, { status: 'pending', lastError: error });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.getRepository(OutboxMessage).update({ id }, { status: 'failed', lastError: error });
  }

  /** Pending rows older than a minute (their job was probably lost), oldest first. */
  async findOrphanedPending(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mail_outbox WHERE status = 'pending' AND created_at < now() - interval '1 minute'
       ORDER BY created_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async failStaleClaims(): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'failed', last_error = 'interrupted while sending; not retried (at-most-once)'
       WHERE status = 'sending' AND claimed_at < now() - make_interval(mins => $1)`,
      [STALE_CLAIM_MINUTES],
    );
    return result[1];
  }
}
