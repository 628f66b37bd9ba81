import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CalendarFeedToken } from './calendar-feed-token.entity.js';
import { renderCalendar, type CalendarEvent } from './icalendar.js';

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

export class CalendarFeedNotFoundError extends NotFoundError {
  constructor() {
    super('CALENDAR.FEED_NOT_FOUND', 'Calendar feed');
  }
}

interface MeetingRow {
  id: string;
  title: string;
  occurred_at: Date;
  updated_at: Date;
  partners: string[];
  first_partner_id: string | null;
}

interface DatedRow {
  id: string;
  title: string;
  day: string;
  updated_at: Date;
  detail: string | null;
}

/**
 * Per-user iCalendar feeds: upcoming meetings the user attends, due dates of the user's open
 * actions, and review and renewal-notice dates of agreements in force that the user owns. The feed URL carries a random secret (stored hashed) that the user can rotate or revoke.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues a new feed URL, replacing any earlier one (the old URL stops working). */
  async rotate(userId: string): Promise<{ url: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feed_tokens (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, hash(token)],
    );
    return { url: `${this.config.http.publicBaseUrl}/calendar/${token}/feed.ics` };
  }

  async revoke(userId: string): Promise<void> {
    await this.dataSource.getRepository(CalendarFeedToken).delete({ userId });
  }

  async feed(token: string): Promise<string> {
    const rows = await this.dataSource.query<{ user_id: string; display_name: string }[]>(
      `SELECT t.user_id, u.display_name FROM calendar_feed_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND u.is_active`,
      [hash(token)],
    );
    if (rows.length === 0) throw new CalendarFeedNotFoundError();
    const [{ user_id: userId, display_name: name }] = rows;
    const events = [...(await this.meetings(userId)), ...(await this.actions(userId)), ...(await this.agreementDates(userId))];
    return renderCalendar(`Partnerships: ${name}`, events);
  }

  /** Events link to the staff app's pages (the JSON API would answer 401 in a browser). */
  private appUrl(path: string): string {
    return `${this.config.http.publicBaseUrl}/app${path}`;
  }

  private async meetings(userId: string): Promise<CalendarEvent[]> {
    const rows = await this.dataSource.query<MeetingRow[]>(
      `SELECT m.id, m.title, m.occurred_at, m.updated_at,
              ARRAY(SELECT p.name FROM meeting_partners mp JOIN partners p ON p.id = mp.partner_id
                     WHERE mp.meeting_id = m.id ORDER BY p.name) AS partners,
              (SELECT p.id FROM meeting_partners mp JOIN partners p ON p.id = mp.partner_id
                WHERE mp.meeting_id = m.id ORDER BY p.name, p.id LIMIT 1) AS first_partner_id
         FROM meeting_logs m JOIN meeting_staff s ON s.meeting_id = m.id
        WHERE s.user_id = $1 AND m.occurred_at >= now() - interval '1 day' AND m.occurred_at < now() + interval '1 year'
        ORDER BY m.occurred_at LIMIT 1000`,
      [userId],
    );
    return rows.map((r) => ({
      uid: `meeting-${r.id}@partnership-crm`,
      summary: `${r.title} (${r.partners.join(', ')})`,
      // The staff app has no page per meeting: the (first) partner's page lists it in its timeline.
      url: this.appUrl(r.first_partner_id ? `/partners/${r.first_partner_id}` : '/'),
      start: { at: r.occurred_at, minutes: 60 },
      updatedAt: r.updated_at,
    }));
  }

  private async actions(userId: string): Promise<CalendarEvent[]> {
    const rows = await this.dataSource.query<DatedRow[]>(
      `SELECT a.id, a.description AS title, a.due_date::text AS day, a.updated_at, m.title AS detail
         FROM meeting_actions a JOIN meeting_logs m ON m.id = a.meeting_id
        WHERE a.owner_id = $1 AND a.status = 'open' AND a.due_date IS NOT NULL
        ORDER BY a.due_date LIMIT 1000`,
      [userId],
    );
    return rows.map((r) => ({
      uid: `action-${r.id}@partnership-crm`,
      summary: `Action due: ${r.title}`,
      description: r.detail ? `From the meeting "${r.detail}"` : undefined,
      url: this.appUrl('/actions'),
      start: { date: r.day },
      updatedAt: r.updated_at,
    }));
  }

  /** All-day events: the review date, and the last day to give renewal notice (end date minus notice period). */
  private async agreementDates(userId: string): Promise<CalendarEvent[]> {
    const rows = await this.dataSource.query<(DatedRow & { kind: 'review' | 'renewal' })[]>(
      `SELECT a.id, a.title, d.kind, d.day::text AS day, a.updated_at, NULL AS detail
         FROM agreements a
        CROSS JOIN LATERAL (VALUES ('review', a.review_date), ('renewal', a.renewal_notice_date)) d(kind, day)
        WHERE a.owner_id = $1 AND a.status IN ('active', 'under-review') AND d.day IS NOT NULL
          AND (a.end_date IS NULL OR a.end_date >= (now() AT TIME ZONE $2)::date)
        ORDER BY d.day LIMIT 1000`,
      [userId, this.config.timeZone],
    );
    return rows.map((r) => ({
      uid: `agreement-${r.kind}-${r.id}@partnership-crm`,
      summary: r.kind === 'review' ? `Agreement review: ${r.title}` : `Renewal notice due: ${r.title}`,
      url: this.appUrl(`/agreements/${r.id}`),
      start: { date: r.day },
      updatedAt: r.updated_at,
    }));
  }
}
