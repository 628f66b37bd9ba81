import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ReminderRunSummary {
  runDate: string;
  startedAt: Date;
  fannedOutAt: Date | null;
  recipients: number | null;
  digests: number;
  nothingDue: number;
  items: number;
  mailFailed: number;
}

/** The latest reminder runs with what their digests came to. */
@Injectable()
export class ReminderRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  latest(limit: number): Promise<ReminderRunSummary[]> {
    return this.dataSource.query<ReminderRunSummary[]>(
      `SELECT r.run_date::text AS "runDate", r.started_at AS "startedAt", r.fanned_out_at AS "fannedOutAt", r.recipients,
              count(d.user_id) FILTER (WHERE d.outbox_id IS NOT NULL)::int AS digests,
              count(d.user_id) FILTER (WHERE d.outbox_id IS NULL)::int AS "nothingDue",
              coalesce(sum(d.item_count) FILTER (WHERE d.outbox_id IS NOT NULL), 0)::int AS items,
              count(m.id) FILTER (WHERE m.status = 'failed')::int AS "mailFailed"
         FROM (SELECT * FROM reminder_runs ORDER BY run_date DESC LIMIT $1) r
         LEFT JOIN reminder_digests d ON d.run_date = r.run_date
         LEFT JOIN mail_outbox m ON m.id = d.outbox_id
        GROUP BY r.run_date, r.started_at, r.fanned_out_at, r.recipients
        ORDER BY r.run_date DESC`,
      [limit],
    );
  }
}
