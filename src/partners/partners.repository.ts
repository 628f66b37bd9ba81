import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { ListPartnersQuery, PartnerFiltersQuery, PartnerSort } from './dto/list-partners.query.js';
import type { PartnerPage, PartnerSummary } from './dto/partner-summary.response.js';
import { PartnerFilterIds, type FilterIds } from './partner-filter-ids.js';
import type { PartnerStatus } from './partner.entity.js';

const SORT_COLUMNS: Record<string, string> = { name: 'p.normalized_name', createdAt: 'p.created_at', updatedAt: 'p.updated_at' };
const SORT_CASTS: Record<string, string> = { name: 'text', createdAt: 'timestamptz', updatedAt: 'timestamptz' };

interface SummaryRow {
  id: string;
  name: string;
  status: PartnerStatus;
  tags: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
  kind_code: string;
  kind_label: string;
  area_code: string;
  area_label: string;
  owner_id: string | null;
  owner_name: string | null;
  priority_areas: string[];
  themes: string[];
  lists: string[];
  sort_key: string;
}

/** Builds a parameterised WHERE clause from the list filters. */
class Filters {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: (param: string) => string, value: unknown): void {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
  }

  /** `column` equal to a resolved id (undefined: not filtered; null: the code matched nothing, so nothing matches). */
  id(column: string, id: string | null | undefined): void {
    if (id === null) this.clauses.push('false');
    else if (id !== undefined) this.add((p) => `${column} = ${p}::uuid`, id);
  }

  /**
   * Partners linked to one entry through a join table, the entry's id a constant: the planner weighs it by the
   * entry's own share of the links, then walks the sort index probing the join table's primary key per partner,
   * or starts from the entry's links (its index on the entry's column) when they are few.
   */
  linked(joinTable: string, joinColumn: string, id: string | null | undefined): void {
    if (id === null) this.clauses.push('false');
    else if (id !== undefined) this.add((p) => `EXISTS (SELECT 1 FROM ${joinTable} j WHERE j.partner_id = p.id AND j.${joinColumn} = ${p}::uuid)`, id);
  }

  static from(query: ListPartnersQuery, actorId: string, ids: FilterIds): Filters {
    const f = new Filters();
    const archived = query.archived ?? 'exclude';
    if (archived !== 'include') f.clauses.push(archived === 'only' ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL');
    if (query.q) f.add((p) => `p.name ILIKE ${p}`, `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    f.id('p.kind_id', ids.kind);
    f.id('p.area_id', ids.area);
    if (query.status) f.add((p) => `p.status = ${p}`, query.status);
    if (query.owner === 'none') f.clauses.push('p.owner_id IS NULL');
    else if (query.owner) f.add((p) => `p.owner_id = ${p}`, query.owner === 'me' ? actorId : query.owner);
    f.linked('partner_priority_areas', 'reference_id', ids.priorityArea);
    f.linked('partner_themes', 'reference_id', ids.theme);
    f.linked('partner_list_memberships', 'list_id', ids.list);
    if (query.tag) f.add((p) => `p.tags @> ARRAY[${p}]::text[]`, query.tag.trim().toLowerCase());
    if (query.overdue === 'true') {
      f.clauses.push(
        `p.dialogue_due_at < now() AND p.status IN ('prospect', 'active')`,
        '(p.dialogue_snoozed_until IS NULL OR p.dialogue_snoozed_until < current_date)',
      );
    }
    return f;
  }
}

export interface ListClauses {
  where: string;
  params: unknown[];
  orderBy: string;
  /** The sort column, for the next cursor's key. */
  sortColumn: string;
  sort: PartnerSort;
}

/**
 * The WHERE (filters, then the keyset position after `query.cursor`) and ORDER BY of a partner
 * list, over `partners p` joined to its kind `k` and area `a`, with the coded filters' `ids` resolved
 * (PartnerFilterIds). Shared by the list and the CSV export.
 */
export function listClauses(query: ListPartnersQuery, actorId: string, ids: FilterIds): ListClauses {
  const sort: PartnerSort = query.sort ?? 'name';
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '');
  const column = SORT_COLUMNS[field];
  const filters = Filters.from(query, actorId, ids);
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor, sort);
    filters.params.push(key, id);
    const n = filters.params.length;
    filters.clauses.push(`(${column}, p.id) ${descending ? '<' : '>'} ($${n - 1}::${SORT_CASTS[field]}, $${n}::uuid)`);
  }
  const direction = descending ? 'DESC' : 'ASC';
  return {
    where: filters.clauses.length > 0 ? `WHERE ${filters.clauses.join(' AND ')}` : '',
    params: filters.params,
    orderBy: `${column} ${direction}, p.id ${direction}`,
    sortColumn: column,
    sort,
  };
}

/**
 * The partner list query: filters, allowlisted sort and keyset pagination in one SQL statement. The page's ids
 * are found first, over `partners` alone: the sort indexes carry every column the filters compare
 * (migrations/…-PartnerListIndexes.ts), so walking one in order with the filters and stopping at the page's end is an
 * index-only scan, a few thousand index entries at worst however the filters combine; a rare combination starts
 * from its own index instead. Only the page's rows are then read in full, with their labels and links.
 */
@Injectable()
export class PartnersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly filterIds: PartnerFilterIds,
  ) {}

  async count(query: PartnerFiltersQuery, actorId: string): Promise<number> {
    const { where, params } = listClauses(query, actorId, await this.filterIds.resolve(query));
    return countPartners(this.dataSource, where, params);
  }

  async page(query: ListPartnersQuery, actorId: string): Promise<PartnerPage> {
    const limit = query.limit ?? 25;
    const { where, params, orderBy, sortColumn, sort } = listClauses(query, actorId, await this.filterIds.resolve(query));
    params.push(limit + 1);
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT p.id, p.name, p.status, p.tags, p.version, p.created_at, p.updated_at, p.archived_at,
              k.code AS kind_code, k.label AS kind_label, a.code AS area_code, a.label AS area_label,
              p.owner_id, u.display_name AS owner_name, ${sortColumn}::text AS sort_key,
              ARRAY(SELECT r.code FROM partner_priority_areas j JOIN reference_entries r ON r.id = j.reference_id
                     WHERE j.partner_id = p.id ORDER BY r.sort_order) AS priority_areas,
              ARRAY(SELECT r.code FROM partner_themes j JOIN reference_entries r ON r.id = j.reference_id
                     WHERE j.partner_id = p.id ORDER BY r.sort_order) AS themes,
              ARRAY(SELECT l.code FROM partner_list_memberships j JOIN partner_lists l ON l.id = j.list_id
                     WHERE j.partner_id = p.id ORDER BY l.code) AS lists
         FROM (SELECT p.id FROM partners p ${where} ORDER BY ${orderBy} LIMIT $${params.length}) page
         JOIN partners p ON p.id = page.id
         JOIN reference_entries k ON k.id = p.kind_id
         JOIN reference_entries a ON a.id = p.area_id
         LEFT JOIN users u ON u.id = p.owner_id
        ORDER BY ${orderBy}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toSummary),
      nextCursor: rows.length > limit && last ? encodeCursor(sort, [last.sort_key, last.id]) : null,
    };
  }
}

/** How many partners the filters match (over the sort index's covered columns, like the page itself). */
export async function countPartners(dataSource: DataSource, where: string, params: unknown[]): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM partners p ${where}`, params);
  return row.n;
}

function toSummary(row: SummaryRow): PartnerSummary {
  return {
    id: row.id,
    name: row.name,
    kind: { code: row.kind_code, label: row.kind_label },
    area: { code: row.area_code, label: row.area_label },
    status: row.status,
    owner: row.owner_id ? { id: row.owner_id, displayName: row.owner_name ?? '' } : null,
    priorityAreas: row.priority_areas,
    themes: row.themes,
    lists: row.lists,
    tags: row.tags,
    archivedAt: row.archived_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
