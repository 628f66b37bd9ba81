import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../common/http/cursor.js';
import { PartnerNotFoundError } from '../partners/partners.errors.js';
import { TIMELINE_TYPES, type TimelineItem, type TimelinePage, type TimelineType } from './timeline.dto.js';
import { TIMELINE_SOURCES } from './timeline-sources.js';
import { timelineWords, type TimelineRow } from './timeline-words.js';

interface Row extends TimelineRow {
  at: Date;
  at_key: string;
  id: string;
  subject_id: string;
  actor_id: string | null;
  actor_name: string | null;
}

/** One chronological feed per partner, newest first, keyset-paginated across all sources, in words. */
@Injectable()
export class TimelineService {
  constructor(private readonly dataSource: DataSource) {}

  async page(partnerId: string, limit: number, cursor?: string, type?: TimelineType): Promise<TimelinePage> {
    if (!(await this.dataSource.query<unknown[]>('SELECT 1 FROM partners WHERE id = $1', [partnerId])).length) {
      throw new PartnerNotFoundError();
    }
    const params: unknown[] = [partnerId];
    const where: string[] = [];
    if (cursor) {
      params.push(...timelineCursor(cursor));
      where.push('(t.at, t.type, t.id) < ($2::timestamptz, $3::text, $4::uuid)');
    }
    if (type) {
      params.push(type);
      where.push(`t.type = $${params.length}`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT t.*, t.at::text AS at_key, u.display_name AS actor_name
         FROM (${TIMELINE_SOURCES.join(' UNION ALL ')}) t LEFT JOIN users u ON u.id = t.actor_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY t.at DESC, t.type DESC, t.id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((r) => toTimelineItem(r, partnerId)),
      nextCursor: rows.length > limit && last ? encodeCursor('timeline', [last.at_key, last.type, last.id]) : null,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The last entry's sort key, checked so a forged cursor is a 400, not a database error. */
function timelineCursor(cursor: string): [string, string, string] {
  const [at, type, id] = decodeCursor(cursor, 'timeline');
  const validAt = typeof at === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?$/.test(at);
  if (!validAt || !TIMELINE_TYPES.includes(type as TimelineType) || typeof id !== 'string' || !UUID.test(id)) throw new InvalidCursorError();
  return [at, type as string, id];
}

function toTimelineItem(row: Row, partnerId: string): TimelineItem {
  const [summary, detail] = timelineWords(row, partnerId);
  return {
    at: row.at.toISOString(),
    type: row.type,
    id: row.id,
    subjectId: row.subject_id,
    summary,
    detail,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
  };
}
