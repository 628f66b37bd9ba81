import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AgreementStatus } from '../agreements/agreement.entity.js';
import type { AgreementDueReason, TeamMember, TeamWorkRow, WorkActionItem, WorkAgreementItem, WorkDialogueItem, WorkPartnerRef } from './dto/work.response.js';

/** The institution's date today and the window ends: every query below reckons days from it. */
export interface WorkWindow {
  timeZone: string;
  dueWithinDays: number;
  agreementsWithinDays: number;
  limit: number;
}

/** Partners the dialogue reminders count: live and not snoozed (as DialogueService reckons them). */
const LIVE_NOT_SNOOZED = `p.archived_at IS NULL AND p.status IN ('prospect', 'active')
  AND (p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < (now() AT TIME ZONE $1)::date)`;
const OVERDUE_DAYS = `floor(extract(epoch FROM now() - p.dialogue_due_at) / 86400)::int`;
const TODAY = `(now() AT TIME ZONE $1)::date`;
const IN_FORCE = `a.status IN ('active', 'under-review')`;

interface DialogueRow {
  id: string;
  name: string;
  dialogue_due_at: Date;
  last_dialogue_at: Date | null;
  overdue_days: number;
  total: number;
}

interface ActionRow {
  id: string;
  description: string;
  due_date: string | null;
  overdue_days: number;
  meeting_id: string;
  meeting_title: string;
  partners: WorkPartnerRef[];
  open_count: number;
  overdue_count: number;
}

interface AgreementRow {
  id: string;
  title: string;
  status: AgreementStatus;
  reason: AgreementDueReason;
  date: string;
  review_date: string | null;
  renewal_notice_date: string | null;
  end_date: string | null;
  parties: WorkPartnerRef[];
}

/**
 * Read-only queries behind "my work" and the team's view, over other features' tables (partners, meeting actions,
 * agreements, signatures): this feature writes nothing. Each query reads from the owner's indexed columns.
 */
@Injectable()
export class WorkRepository {
  constructor(private readonly dataSource: DataSource) {}

  async today(timeZone: string): Promise<string> {
    const [row] = await this.dataSource.query<{ today: string }[]>(`SELECT ${TODAY}::text AS today`, [timeZone]);
    return row.today;
  }

  /** My partners overdue (most overdue first) or due within the window (soonest first), with the totals of each. */
  async dialogue(ownerId: string, window: WorkWindow, overdue: boolean): Promise<{ items: WorkDialogueItem[]; total: number }> {
    // Both ranges name $3 (an unused parameter has no type PostgreSQL can infer).
    const range = overdue
      ? `p.dialogue_due_at < now() AND $3::int IS NOT NULL`
      : `p.dialogue_due_at >= now() AND p.dialogue_due_at < now() + make_interval(days => $3)`;
    const rows = await this.dataSource.query<DialogueRow[]>(
      `SELECT p.id, p.name, p.dialogue_due_at, p.last_dialogue_at, ${OVERDUE_DAYS} AS overdue_days, count(*) OVER ()::int AS total
         FROM partners p
        WHERE p.owner_id = $2 AND ${LIVE_NOT_SNOOZED} AND ${range}
        ORDER BY p.dialogue_due_at, p.id
        LIMIT $4`,
      [window.timeZone, ownerId, window.dueWithinDays, window.limit],
    );
    return {
      items: rows.map((r) => ({
        partnerId: r.id,
        partnerName: r.name,
        dueAt: r.dialogue_due_at.toISOString(),
        lastDialogueAt: r.last_dialogue_at?.toISOString() ?? null,
        overdueDays: r.overdue_days,
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  /** My open actions, overdue first (earliest due first), undated last, with the meeting's partners. */
  async actions(ownerId: string, window: WorkWindow): Promise<{ items: WorkActionItem[]; openCount: number; overdueCount: number }> {
    const rows = await this.dataSource.query<ActionRow[]>(
      `SELECT ma.id, ma.description, ma.due_date::text AS due_date,
              CASE WHEN ma.due_date < ${TODAY} THEN ${TODAY} - ma.due_date ELSE 0 END AS overdue_days,
              m.id AS meeting_id, m.title AS meeting_title,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
                          FROM meeting_partners mp JOIN partners p ON p.id = mp.partner_id WHERE mp.meeting_id = m.id), '[]') AS partners,
              count(*) OVER ()::int AS open_count,
              count(*) FILTER (WHERE ma.due_date < ${TODAY}) OVER ()::int AS overdue_count
         FROM meeting_actions ma JOIN meeting_logs m ON m.id = ma.meeting_id
        WHERE ma.owner_id = $2 AND ma.status = 'open'
        ORDER BY ma.due_date NULLS LAST, ma.created_at, ma.id
        LIMIT $3`,
      [window.timeZone, ownerId, window.limit],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        description: r.description,
        dueDate: r.due_date,
        overdueDays: r.overdue_days,
        meetingId: r.meeting_id,
        meetingTitle: r.meeting_title,
        partners: r.partners,
      })),
      openCount: rows[0]?.open_count ?? 0,
      overdueCount: rows[0]?.overdue_count ?? 0,
    };
  }

  /**
   * My agreements in force whose review date falls within the window (or has passed unreviewed), or whose
   * renewal-notice date falls within it while the agreement has not ended yet; the earlier date decides the order.
   */
  async agreements(ownerId: string, window: WorkWindow): Promise<WorkAgreementItem[]> {
    const rows = await this.dataSource.query<AgreementRow[]>(
      `SELECT x.*, coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
                              FROM agreement_parties ap JOIN partners p ON p.id = ap.partner_id WHERE ap.agreement_id = x.id), '[]') AS parties
         FROM (SELECT a.id, a.title, a.status, a.review_date::text AS review_date, a.renewal_notice_date::text AS renewal_notice_date,
                      a.end_date::text AS end_date, d.review, d.notice,
                      CASE WHEN d.notice IS NOT NULL AND (d.review IS NULL OR d.notice < d.review) THEN 'renewal-notice' ELSE 'review' END AS reason,
                      least(d.review, d.notice)::text AS date
                 FROM agreements a
                 CROSS JOIN LATERAL (SELECT
                   CASE WHEN a.review_date <= ${TODAY} + $3::int THEN a.review_date END AS review,
                   CASE WHEN a.renewal_notice_date <= ${TODAY} + $3::int AND a.end_date >= ${TODAY} THEN a.renewal_notice_date END AS notice) d
                WHERE a.owner_id = $2 AND ${IN_FORCE} AND (d.review IS NOT NULL OR d.notice IS NOT NULL)
                ORDER BY least(d.review, d.notice), a.id
                LIMIT $4) x
        ORDER BY x.date, x.id`,
      [window.timeZone, ownerId, window.agreementsWithinDays, window.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      reason: r.reason,
      date: r.date,
      reviewDate: r.review_date,
      renewalNoticeDate: r.renewal_notice_date,
      endDate: r.end_date,
      parties: r.parties,
    }));
  }

  /** Signatures confirmed by email and waiting for a reviewer (the status index counts them). */
  async signaturesAwaitingReview(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM signatures WHERE status = 'verified'`);
    return row.n;
  }

  /** The active staff, by name: who can own a partner or an action. */
  members(): Promise<TeamMember[]> {
    return this.dataSource.query<TeamMember[]>(`SELECT id, display_name AS "displayName" FROM users WHERE is_active ORDER BY display_name, id`);
  }

  /** Everyone's overdue and due-soon dialogue and open and overdue actions, one row per owner (and one for nobody). */
  async team(window: WorkWindow): Promise<TeamWorkRow[]> {
    const rows = await this.dataSource.query<{ owner_id: string | null; owner_name: string | null; od: number; ds: number; oa: number; open: number }[]>(
      `WITH counts AS (
              SELECT p.owner_id, count(*) FILTER (WHERE p.dialogue_due_at < now())::int AS od,
                     count(*) FILTER (WHERE p.dialogue_due_at >= now())::int AS ds, 0 AS oa, 0 AS open
                FROM partners p
               WHERE ${LIVE_NOT_SNOOZED} AND p.dialogue_due_at < now() + make_interval(days => $2)
               GROUP BY p.owner_id
              UNION ALL
              SELECT ma.owner_id, 0, 0, count(*) FILTER (WHERE ma.due_date < ${TODAY})::int, count(*)::int
                FROM meeting_actions ma WHERE ma.status = 'open' GROUP BY ma.owner_id)
       SELECT c.owner_id, u.display_name AS owner_name, sum(c.od)::int AS od, sum(c.ds)::int AS ds, sum(c.oa)::int AS oa, sum(c.open)::int AS open
         FROM counts c LEFT JOIN users u ON u.id = c.owner_id
        GROUP BY c.owner_id, u.display_name
        ORDER BY (c.owner_id IS NULL), sum(c.od) DESC, u.display_name, c.owner_id`,
      [window.timeZone, window.dueWithinDays],
    );
    return rows.map((r) => ({ ownerId: r.owner_id, ownerName: r.owner_name, overdueDialogue: r.od, dueSoonDialogue: r.ds, overdueActions: r.oa, openActions: r.open }));
  }
}
