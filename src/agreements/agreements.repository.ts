import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../common/http/cursor.js';
import type { AgreementStatus } from './agreement.entity.js';
import { isCalendarDate, type CalendarDate } from './calendar.js';
import type { AgreementPage, AgreementSummary, PartyName } from './dto/agreement-summary.response.js';
import { toSchedule } from './dto/agreement.response.js';
import type { AgreementSort, ListAgreementsQuery } from './dto/list-agreements.query.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isSortDate = (v: unknown): boolean => v === 'infinity' || isCalendarDate(v);
const isTimestamp = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(v);

/**
 * Sort keys, their casts and what a cursor may carry for them (a crafted cursor must be a 400,
 * not a failed cast). A missing date sorts as the latest ('infinity'), so keyset paging meets no NULLs.
 */
const SORT_KEYS: Record<string, { expression: string; cast: string; valid: (value: unknown) => boolean }> = {
  title: { expression: 'a.title', cast: 'text', valid: (v) => typeof v === 'string' && v.length <= 300 && !v.includes('\u0000') },
  endDate: { expression: `coalesce(a.end_date, 'infinity'::date)`, cast: 'date', valid: isSortDate },
  reviewDate: { expression: `coalesce(a.review_date, 'infinity'::date)`, cast: 'date', valid: isSortDate },
  createdAt: { expression: 'a.created_at', cast: 'timestamptz', valid: isTimestamp },
};

const IN_FORCE = `a.status IN ('active', 'under-review')`;
/** The effective status in SQL, as effectiveStatus() computes it. */
const effectiveStatus = (todayParam: string): string => `CASE WHEN ${IN_FORCE} AND a.end_date < ${todayParam}::date THEN 'expired' ELSE a.status::text END`;

interface SummaryRow {
  id: string;
  title: string;
  status: AgreementStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  start_date: string | null;
  end_date: string | null;
  review_date: string | null;
  renewal_notice_date: string | null;
  kind_code: string;
  kind_label: string;
  owner_id: string | null;
  owner_name: string | null;
  parties: PartyName[];
  sort_key: string;
}

/** Builds a parameterised WHERE clause from the list filters. */
class Filters {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: (param: string) => string, value: unknown): void {
    this.clauses.push(clause(this.param(value)));
  }

  static from(query: ListAgreementsQuery, actorId: string, today: CalendarDate): Filters {
    const f = new Filters();
    if (query.q) f.add((p) => `a.title ILIKE ${p}`, `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.kind) f.add((p) => `k.code = ${p}`, query.kind);
    if (query.status) f.clauses.push(`${effectiveStatus(f.param(today))} = ${f.param(query.status)}`);
    if (query.partner) f.add((p) => `EXISTS (SELECT 1 FROM agreement_parties j WHERE j.agreement_id = a.id AND j.partner_id = ${p})`, query.partner);
    if (query.owner === 'none') f.clauses.push('a.owner_id IS NULL');
    else if (query.owner) f.add((p) => `a.owner_id = ${p}`, query.owner === 'me' ? actorId : query.owner);
    if (query.theme) f.add((p) => linkedCode('agreement_themes', p), query.theme);
    if (query.priorityArea) f.add((p) => linkedCode('agreement_priority_areas', p), query.priorityArea);
    if (query.reviewDueBefore) f.add((p) => `${IN_FORCE} AND a.review_date < ${p}::date`, query.reviewDueBefore);
    if (query.expiringBefore) f.add((p) => `${IN_FORCE} AND a.end_date < ${p}::date`, query.expiringBefore);
    return f;
  }
}

function linkedCode(joinTable: string, param: string): string {
  return `EXISTS (SELECT 1 FROM ${joinTable} j JOIN reference_entries r ON r.id = j.reference_id WHERE j.agreement_id = a.id AND r.code = ${param})`;
}

/** The agreement list: filters, allowlisted sort and keyset pagination in one SQL statement. */
@Injectable()
export class AgreementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: ListAgreementsQuery, actorId: string, today: CalendarDate): Promise<AgreementPage> {
    const sort: AgreementSort = query.sort ?? 'title';
    const limit = query.limit ?? 25;
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const key = SORT_KEYS[sort.replace('-', '')];
    const filters = Filters.from(query, actorId, today);
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor, sort);
      if (!key.valid(value) || typeof id !== 'string' || !UUID.test(id)) throw new InvalidCursorError();
      const bound = `(${filters.param(value)}::${key.cast}, ${filters.param(id)}::uuid)`;
      filters.clauses.push(`(${key.expression}, a.id) ${direction === 'DESC' ? '<' : '>'} ${bound}`);
    }
    const limitParam = filters.param(limit + 1);
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT a.id, a.title, a.status, a.version, a.created_at, a.updated_at,
              a.start_date::text AS start_date, a.end_date::text AS end_date, a.review_date::text AS review_date,
              a.renewal_notice_date::text AS renewal_notice_date, k.code AS kind_code, k.label AS kind_label,
              a.owner_id, u.display_name AS owner_name, ${key.expression}::text AS sort_key,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                          FROM agreement_parties j JOIN partners p ON p.id = j.partner_id
                         WHERE j.agreement_id = a.id), '[]'::json) AS parties
         FROM agreements a
         JOIN reference_entries k ON k.id = a.kind_id
         LEFT JOIN users u ON u.id = a.owner_id
        ${filters.clauses.length > 0 ? `WHERE ${filters.clauses.join(' AND ')}` : ''}
        ORDER BY ${key.expression} ${direction}, a.id ${direction}
        LIMIT ${limitParam}`,
      filters.params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => toSummary(row, today)),
      nextCursor: rows.length > limit && last ? encodeCursor(sort, [last.sort_key, last.id]) : null,
    };
  }
}

function toSummary(row: SummaryRow, today: CalendarDate): AgreementSummary {
  const dates = { status: row.status, endDate: row.end_date, reviewDate: row.review_date, renewalNoticeDate: row.renewal_notice_date };
  return {
    id: row.id,
    title: row.title,
    kind: { code: row.kind_code, label: row.kind_label },
    status: row.status,
    ...toSchedule(dates, today),
    parties: row.parties,
    owner: row.owner_id ? { id: row.owner_id, displayName: row.owner_name ?? '' } : null,
    startDate: row.start_date,
    endDate: row.end_date,
    reviewDate: row.review_date,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
