import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../common/http/cursor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ActionListItem, ActionPage, ListActionsQuery } from './dto/action-list.dto.js';
import type { NamedRef } from './dto/meeting.response.js';
import type { ActionStatus } from './meeting-action.entity.js';

interface ActionRow {
  id: string;
  meeting_id: string;
  description: string;
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ActionStatus;
  closed_at: Date | null;
  meeting_title: string;
  meeting_at: Date;
  overdue_rank: number;
  due_key_text: string;
}

/** Today in the configured zone, as SQL over the parameter holding the zone. */
const today = (zone: string): string => `(now() AT TIME ZONE ${zone})::date`;

/**
 * The follow-up actions list: keyset pages ordered overdue first, then by due date (undated last), then
 * id — a total order, so a page never repeats or skips a row, and marking an action done moves it at most
 * out of the overdue group.
 */
@Injectable()
export class ActionListRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(query: ListActionsQuery, actorId: string): Promise<ActionPage> {
    const limit = query.limit ?? 25;
    const params: unknown[] = [this.config.timeZone];
    const where = this.filters(query, actorId, params);
    let after = '';
    if (query.cursor) {
      params.push(...actionCursor(query.cursor));
      const n = params.length;
      after = `WHERE (t.overdue_rank, t.due_key, t.id) > ($${n - 2}::int, $${n - 1}::date, $${n}::uuid)`;
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<ActionRow[]>(
      `SELECT * FROM (
         SELECT a.id, a.meeting_id, a.description, a.owner_id, u.display_name AS owner_name, a.due_date::text AS due_date,
                a.status, a.closed_at, m.title AS meeting_title, m.occurred_at AS meeting_at,
                CASE WHEN a.status = 'open' AND a.due_date < ${today('$1')} THEN 0 ELSE 1 END AS overdue_rank,
                coalesce(a.due_date, 'infinity'::date) AS due_key, coalesce(a.due_date, 'infinity'::date)::text AS due_key_text
           FROM meeting_actions a
           JOIN meeting_logs m ON m.id = a.meeting_id
           LEFT JOIN users u ON u.id = a.owner_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) t ${after}
        ORDER BY t.overdue_rank, t.due_key, t.id LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, limit);
    const partners = await this.partnersOf([...new Set(pageRows.map((r) => r.meeting_id))]);
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((r) => toListItem(r, partners.get(r.meeting_id) ?? [])),
      nextCursor: rows.length > limit && last ? encodeCursor('actions', [last.overdue_rank, last.due_key_text, last.id]) : null,
    };
  }

  private filters(query: ListActionsQuery, actorId: string, params: unknown[]): string[] {
    const where: string[] = [];
    const add = (clause: (p: string) => string, value: unknown): void => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.owner === 'none') where.push('a.owner_id IS NULL');
    else if (query.owner && query.owner !== 'anyone') add((p) => `a.owner_id = ${p}::uuid`, query.owner === 'me' ? actorId : query.owner);
    if (query.status) add((p) => `a.status = ${p}::action_status`, query.status);
    if (query.overdue === 'true') where.push(`a.status = 'open' AND a.due_date < ${today('$1')}`);
    if (query.overdue === 'false') where.push(`NOT (a.status = 'open' AND a.due_date IS NOT NULL AND a.due_date < ${today('$1')})`);
    if (query.dueBefore) add((p) => `a.due_date < ${p}::date`, query.dueBefore);
    if (query.partner) add((p) => `EXISTS (SELECT 1 FROM meeting_partners x WHERE x.meeting_id = a.meeting_id AND x.partner_id = ${p}::uuid)`, query.partner);
    return where;
  }

  private async partnersOf(meetingIds: string[]): Promise<Map<string, NamedRef[]>> {
    const byMeeting = new Map<string, NamedRef[]>();
    if (meetingIds.length === 0) return byMeeting;
    const rows = await this.dataSource.query<{ meeting_id: string; id: string; name: string }[]>(
      `SELECT mp.meeting_id, p.id, p.name FROM meeting_partners mp JOIN partners p ON p.id = mp.partner_id
        WHERE mp.meeting_id = ANY($1::uuid[]) ORDER BY lower(p.name), p.id`,
      [meetingIds],
    );
    for (const r of rows) byMeeting.set(r.meeting_id, [...(byMeeting.get(r.meeting_id) ?? []), { id: r.id, name: r.name }]);
    return byMeeting;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sort key of the last row of the previous page, checked so a forged cursor is a 400, not a database error. */
function actionCursor(cursor: string): [number, string, string] {
  const [rank, due, id] = decodeCursor(cursor, 'actions');
  const validDue = typeof due === 'string' && (due === 'infinity' || /^\d{4}-\d{2}-\d{2}$/.test(due)) && (due === 'infinity' || !Number.isNaN(Date.parse(due)));
  if ((rank !== 0 && rank !== 1) || !validDue || typeof id !== 'string' || !UUID.test(id)) throw new InvalidCursorError();
  return [rank, due, id];
}

function toListItem(r: ActionRow, partners: NamedRef[]): ActionListItem {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    description: r.description,
    ownerId: r.owner_id,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    dueDate: r.due_date,
    status: r.status,
    closedAt: r.closed_at?.toISOString() ?? null,
    overdue: r.overdue_rank === 0,
    meeting: { id: r.meeting_id, title: r.meeting_title, occurredAt: r.meeting_at.toISOString() },
    partners,
  };
}
