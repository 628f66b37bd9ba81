import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { PartnerNotFoundError } from '../partners/partners.errors.js';

export const TIMELINE_TYPES = ['meeting', 'action', 'change', 'agreement', 'agreement-change', 'signature'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export class TimelineItem {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    enum: TIMELINE_TYPES,
    description:
      'meeting, action, change (an audited change to the partner record), agreement (one the partner is party to, ' +
      'at its creation), agreement-change (a later change to it), signature (a pledge signature linked to the partner, ' +
      'at its latest event)',
  })
  type: TimelineType;
  @ApiProperty({ format: 'uuid', description: 'The record: meeting, action, audit entry, agreement or signature id' }) id: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
}

export class TimelinePage {
  @ApiProperty({ type: [TimelineItem] }) items: TimelineItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/**
 * Every source of a partner's timeline as one SELECT of (at, type, id, summary, detail) for partner $1.
 * A feature that records partner events adds its source here.
 */
export const TIMELINE_SOURCES: readonly string[] = [
  `SELECT m.occurred_at AS at, 'meeting' AS type, m.id, m.title AS summary, m.kind::text AS detail
     FROM meeting_partners mp JOIN meeting_logs m ON m.id = mp.meeting_id WHERE mp.partner_id = $1`,
  `SELECT coalesce(a.closed_at, a.created_at), 'action', a.id, a.description, a.status::text
     FROM meeting_partners mp JOIN meeting_actions a ON a.meeting_id = mp.meeting_id WHERE mp.partner_id = $1`,
  `SELECT e.occurred_at, 'change', e.id, e.action, e.reason
     FROM audit_entries e WHERE e.entity_type = 'partner' AND e.entity_id = $1`,
  `SELECT ag.created_at, 'agreement', ag.id, ag.title, ag.status::text
     FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id WHERE ap.partner_id = $1`,
  `SELECT e.occurred_at, 'agreement-change', e.id, e.action, ag.title
     FROM agreement_parties ap JOIN agreements ag ON ag.id = ap.agreement_id
     JOIN audit_entries e ON e.entity_type = 'agreement' AND e.entity_id = ap.agreement_id
    WHERE ap.partner_id = $1 AND e.action <> 'created'`,
  `SELECT greatest(s.submitted_at, s.verified_at, s.approved_at, s.rejected_at, s.suspended_at, s.withdrawn_at),
          'signature', s.id, pl.title, s.status::text
     FROM signatures s JOIN pledges pl ON pl.id = s.pledge_id WHERE s.partner_id = $1`,
];

interface Row {
  at: Date;
  at_key: string;
  type: string;
  id: string;
  summary: string;
  detail: string | null;
}

/** One chronological feed per partner, newest first, keyset-paginated across all sources. */
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
      const [at, afterType, id] = decodeCursor(cursor, 'timeline');
      params.push(at, afterType, id);
      where.push('(t.at, t.type, t.id) < ($2::timestamptz, $3::text, $4::uuid)');
    }
    if (type) {
      params.push(type);
      where.push(`t.type = $${params.length}`);
    }
    const after = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    params.push(limit + 1);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT t.at, t.at::text AS at_key, t.type, t.id, t.summary, t.detail
         FROM (${TIMELINE_SOURCES.join(' UNION ALL ')}) t ${after}
        ORDER BY t.at DESC, t.type DESC, t.id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((r) => ({ at: r.at.toISOString(), type: r.type as TimelineType, id: r.id, summary: r.summary, detail: r.detail })),
      nextCursor: rows.length > limit && last ? encodeCursor('timeline', [last.at_key, last.type, last.id]) : null,
    };
  }
}
