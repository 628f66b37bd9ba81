import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutboxStatus } from './outbox-message.entity.js';

export interface ClaimedMail {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  /** Claims so far, this one included. */
  attempts: number;
}

/** A pending row to (re)send and its claim count, which names its job. */
export interface DueMail {
  id: string;
  attempts: number;
}

export interface OutboxListRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  claimedAt: Date | null;
  retryUntil: Date | null;
}

/** Transient outcome of a send: pending again (with its next attempt), or failed once the horizon has passed. */
export interface RetryOutcome {
  status: 'pending' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
}

interface ClaimedMailRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}


/** The horizon a row is retried until: its own (set by a resend), else the configured one from its writing. */
const RETRY_UNTIL = `coalesce(retry_until, created_at + make_interval(secs => $2))`;

@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Atomically moves a pending row to `sending`; returns null if another run got it or it is done. */
  async claim(id: string): Promise<ClaimedMail | null> {
    const [rows]: [ClaimedMailRow[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sending', claimed_at = now(), attempts = attempts + 1, next_attempt_at = NULL
       WHERE id = $1 AND status = 'pending'
       RETURNING id, kind, recipient, subject, text_body, html_body, attempts`,
      [id],
    );
    const row = rows[0];
    return row
      ? { id: row.id, kind: row.kind, recipient: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body, attempts: row.attempts }
      : null;
  }

  async markSent(id: string, smtpMessageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), smtp_message_id = $2, last_error = NULL WHERE id = $1`,
      [id, smtpMessageId],
    );
  }

  /**
   * Transient failure of the claim this worker holds: pending again, due after `delayMs` (never past the
   * horizon), or failed once the horizon has passed. Null if the claim was no longer this worker's.
   */
  async retryLater(id: string, error: string, delayMs: number, horizonSeconds: number): Promise<RetryOutcome | null> {
    const [rows]: [{ status: 'pending' | 'failed'; attempts: number; next_attempt_at: Date }[], number] = await this.dataSource.query(
      `UPDATE mail_outbox
          SET status = CASE WHEN now() < ${RETRY_UNTIL} THEN 'pending'::outbox_status ELSE 'failed'::outbox_status END,
              next_attempt_at = least(now() + make_interval(secs => $3 / 1000.0), ${RETRY_UNTIL}),
              last_error = $4
        WHERE id = $1 AND status = 'sending'
        RETURNING status, attempts, next_attempt_at`,
      [id, horizonSeconds, delayMs, error],
    );
    const row = rows[0];
    return row ? { status: row.status, attempts: row.attempts, nextAttemptAt: row.next_attempt_at } : null;
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE mail_outbox SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'sending'`, [id, error]);
  }

  /** Pending rows due for `graceMs` or more (their own job had its chance: it was probably lost), oldest first. */
  async findOverduePending(limit: number, graceMs: number): Promise<DueMail[]> {
    return this.dataSource.query(
      `SELECT id, attempts FROM mail_outbox
        WHERE status = 'pending' AND coalesce(next_attempt_at, created_at) < now() - make_interval(secs => $2 / 1000.0)
        ORDER BY created_at LIMIT $1`,
      [limit, graceMs],
    );
  }

  /**
   * Claims older than the lease belong to a worker that died mid-send: SMTP may or may not have taken the
   * mail, so it is sent again (same Message-ID) rather than failed — at-least-once. Past the horizon: failed.
   */
  async reclaimExpiredLeases(leaseSeconds: number, horizonSeconds: number): Promise<DueMail[]> {
    const [rows]: [(DueMail & { status: OutboxStatus })[], number] = await this.dataSource.query(
      `UPDATE mail_outbox
          SET status = CASE WHEN now() < ${RETRY_UNTIL} THEN 'pending'::outbox_status ELSE 'failed'::outbox_status END,
              next_attempt_at = now(),
              last_error = 'interrupted while sending (the worker stopped); sent again with the same Message-ID'
        WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1)
        RETURNING id, attempts, status`,
      [leaseSeconds, horizonSeconds],
    );
    return rows.filter((r) => r.status === 'pending').map(({ id, attempts }) => ({ id, attempts }));
  }

  /** Failed rows back to pending with a fresh horizon; null when the row is not failed (or is gone). */
  async reopenFailed(manager: EntityManager, id: string, horizonSeconds: number): Promise<DueMail | null> {
    const [rows]: [DueMail[], number] = await manager.query(
      `UPDATE mail_outbox SET status = 'pending', next_attempt_at = NULL, retry_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'failed'
        RETURNING id, attempts`,
      [id, horizonSeconds],
    );
    return rows[0] ?? null;
  }

  async findOne(id: string): Promise<(OutboxListRow & { textBody: string }) | null> {
    const rows: (OutboxListRow & { textBody: string })[] = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS}, text_body AS "textBody" FROM mail_outbox WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** One page of rows in a state, newest first, keyset on (created_at, id). */
  async list(status: OutboxStatus, limit: number, after: { createdAt: string; id: string } | null): Promise<OutboxListRow[]> {
    return this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM mail_outbox
        WHERE status = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [status, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  async count(status: OutboxStatus): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = $1`, [status]);
    return n;
  }
}

const LIST_COLUMNS = `id, kind, recipient, subject, status, attempts, last_error AS "lastError", created_at AS "createdAt",
  claimed_at AS "claimedAt", retry_until AS "retryUntil"`;
