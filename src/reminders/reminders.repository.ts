import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ITEM_COLUMNS, ReminderParams, toReminderItem, type ReminderItem, type ReminderItemRow, type ReminderSettings } from './reminder-query.js';
import { REMINDER_SOURCES } from './reminder-sources.js';

export interface DigestRecipient {
  email: string;
  displayName: string;
  isLead: boolean;
}

/**
 * Every reminder query. Each is one statement whatever the number of partners, actions or
 * agreements: a run costs a fixed number of statements per recipient.
 */
@Injectable()
export class RemindersRepository {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  settings(runDate: string): ReminderSettings {
    const { dueSoonDays, agreementOffsets, escalateAfterDays } = this.config.reminders;
    return { runDate, timeZone: this.config.timeZone, dueSoonDays, agreementOffsets, escalateAfterDays };
  }

  /** Records the run (today in the configured zone when no date is given) and locks it until commit. */
  async startRun(manager: EntityManager, runDate: string | undefined): Promise<{ runDate: string; fannedOut: boolean }> {
    const [row] = await manager.query<{ run_date: string; fanned_out: boolean }[]>(
      `INSERT INTO reminder_runs (run_date) VALUES (coalesce($1::date, (now() AT TIME ZONE $2)::date))
       ON CONFLICT (run_date) DO UPDATE SET run_date = EXCLUDED.run_date
       RETURNING to_char(run_date, 'YYYY-MM-DD') AS run_date, fanned_out_at IS NOT NULL AS fanned_out`,
      [runDate ?? null, this.config.timeZone],
    );
    return { runDate: row.run_date, fannedOut: row.fanned_out };
  }

  /**
   * Active users due a digest on this date (by preference) who own something due, or lead and have something to
   * escalate. Leads come first: their digests gather everyone's escalations and take longest, so they start while
   * the owners' digests run beside them instead of last.
   */
  async recipients(manager: EntityManager, runDate: string): Promise<string[]> {
    const q = new ReminderParams(this.settings(runDate));
    const owns = REMINDER_SOURCES.map((source) => `EXISTS (${source.owned(q, 'u.id')})`);
    const escalates = REMINDER_SOURCES.map((source) => `EXISTS (${source.escalated(q, 'u.id')})`);
    const rows = await manager.query<{ id: string }[]>(
      `SELECT u.id FROM users u LEFT JOIN reminder_preferences rp ON rp.user_id = u.id
        WHERE u.is_active AND ${this.dueByPreference(q)}
          AND (${owns.join(' OR ')} OR (${this.isLead(q)} AND (${escalates.join(' OR ')})))
        ORDER BY ${this.isLead(q)} DESC, u.id`,
      q.values,
    );
    return rows.map((row) => row.id);
  }

  async markFannedOut(manager: EntityManager, runDate: string, recipients: number): Promise<void> {
    await manager.query('UPDATE reminder_runs SET fanned_out_at = now(), recipients = $2 WHERE run_date = $1', [runDate, recipients]);
  }

  /**
   * Starts this user's digest for the run: inserts its row (ON CONFLICT DO NOTHING) if the user is
   * active and due one today. Null when not due, or when another run of the job got there first —
   * a concurrent duplicate waits on the row and then finds it.
   */
  async openDigest(manager: EntityManager, runDate: string, userId: string): Promise<DigestRecipient | null> {
    const q = new ReminderParams(this.settings(runDate));
    const user = q.add('user', userId, 'uuid');
    const [row] = await manager.query<{ email: string; display_name: string; is_lead: boolean }[]>(
      `WITH opened AS (
         INSERT INTO reminder_digests (run_date, user_id)
         SELECT ${q.runDate}, u.id FROM users u LEFT JOIN reminder_preferences rp ON rp.user_id = u.id
          WHERE u.id = ${user} AND u.is_active AND ${this.dueByPreference(q)}
         ON CONFLICT DO NOTHING
         RETURNING user_id)
       SELECT u.email, u.display_name, ${this.isLead(q)} AS is_lead FROM opened JOIN users u ON u.id = opened.user_id`,
      q.values,
    );
    return row ? { email: row.email, displayName: row.display_name, isLead: row.is_lead } : null;
  }

  /**
   * Claims this user's due items not yet reminded in their cycle, in one statement: the history
   * insert with ON CONFLICT DO NOTHING RETURNING decides, so of two concurrent claims of an item
   * exactly one gets it (the other waits on the key, then skips it).
   */
  async claimItems(manager: EntityManager, runDate: string, userId: string, isLead: boolean): Promise<ReminderItem[]> {
    const q = new ReminderParams(this.settings(runDate));
    const user = q.add('user', userId, 'uuid');
    const sources = REMINDER_SOURCES.flatMap((source) => [source.owned(q, user), ...(isLead ? [source.escalated(q, user)] : [])]);
    const rows = await manager.query<ReminderItemRow[]>(
      `WITH candidates AS (${sources.join('\n UNION ALL \n')}),
       claimed AS (
         INSERT INTO reminder_history (user_id, item_type, item_id, cycle, run_date)
         SELECT ${user}, c.item_type::reminder_item_type, c.item_id, c.cycle, ${q.runDate} FROM candidates c
         ON CONFLICT DO NOTHING
         RETURNING item_type::text AS item_type, item_id, cycle)
       SELECT ${ITEM_COLUMNS.map((column) => `c.${column}`).join(', ')}
         FROM candidates c JOIN claimed k ON k.item_type = c.item_type AND k.item_id = c.item_id AND k.cycle = c.cycle`,
      q.values,
    );
    return rows.map(toReminderItem);
  }

  async closeDigest(manager: EntityManager, runDate: string, userId: string, outboxId: string, itemCount: number): Promise<void> {
    await manager.query('UPDATE reminder_digests SET outbox_id = $3, item_count = $4 WHERE run_date = $1 AND user_id = $2', [
      runDate,
      userId,
      outboxId,
      itemCount,
    ]);
  }

  /** Daily digests every day; weekly ones on their ISO weekday; paused never. No preference row = daily. */
  private dueByPreference(q: ReminderParams): string {
    return `(rp.frequency IS NULL OR rp.frequency = 'daily'
             OR (rp.frequency = 'weekly' AND rp.weekly_day = extract(isodow FROM ${q.runDate})::int))`;
  }

  /** The team lead: the configured user when REMINDER_ESCALATION_USER_ID is set, else everyone with the configured role. */
  private isLead(q: ReminderParams): string {
    const { userId, role } = this.config.reminders.escalation;
    return userId ? `(u.id = ${q.add('leadId', userId, 'uuid')})` : `(u.role = ${q.add('leadRole', role, 'user_role')})`;
  }
}
