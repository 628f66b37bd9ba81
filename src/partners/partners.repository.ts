import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../common/http/cursor.js';
import { queryUnlessGone } from '../database/cancellable-query.js';
import type { ListPartnersQuery, PartnerFiltersQuery, PartnerSort } from './dto/list-partners.query.js';
import type { PartnerPage, PartnerSummary } from './dto/partner-summary.response.js';
import { PartnerFilterIds, type FilterIds } from './partner-filter-ids.js';
import type { PartnerStatus } from './partner.entity.js';

const SORT_COLUMNS: Record<string, string> = { name: 'p.normalized_name', createdAt: 'p.created_at', updatedAt: 'p.updated_at' };
const SORT_CASTS: Record<string, string> = { name: 'text', createdAt: 'timestamptz', updatedAt: 'timestamptz' };

/**
 * How similar a word or query that is not found as typed must be (pg_trgm word similarity): 0.7 lets `birkenhed` find
 * Birkenhead (0.8), but not every name sharing a prefix with a code-like query (6 of 10 trigrams, 0.6).
 */
const SIMILAR_ENOUGH = 0.7;
/**
 * `%>` (which the trigram index serves) compares with pg_trgm.word_similarity_threshold, 0.6 unless set: at 0.6 the
 * index returns a third more rows than SIMILAR_ENOUGH keeps, each compared in full (the costly part of a search).
 * Set here for this statement's transaction only (`is_local`), from a subquery run once before the scan it gates;
 * the explicit comparison with SIMILAR_ENOUGH stays, so what matches never depends on it.
 */
const SIMILARITY_THRESHOLD = `set_config('pg_trgm.word_similarity_threshold', '${SIMILAR_ENOUGH}', true)`;
/** Words of the query matched one by one (the rest still count in the whole query's match and rank). */
const MAX_WORDS = 8;

/** Found as typed (normalised), or similar enough: both served by the trigram index on search_text. */
const foundOrSimilar = (term: string): string =>
  `(p.search_text LIKE '%' || ${term} || '%' OR (p.search_text %> ${term} AND word_similarity(${term}, p.search_text) >= ${SIMILAR_ENOUGH}))`;

/**
 * Search (migrations/…-PartnerSearch): `q` normalised by the same SQL function as the stored search text. A partner
 * matches when every word of the query is found or similar enough (any order, words in between), or the whole query
 * is similar enough; a query with digits also matches with its spaces left out (`sc 123456`, `l8 7ss`). Words under
 * 3 letters are left to the whole query: trigrams cannot find them by index.
 *
 * The matches are found first, on their own, from the trigram index alone: the other filters then apply to those
 * few rows as they are read. Left to combine them, the planner ANDs the trigram bitmap with a facet's own index
 * (reading every partner of a common kind or status), or, guessing the similarity conditions common, scans the
 * whole table to join a linked facet.
 */
function searchMatch(f: Filters, q: string): void {
  const whole = (param: string): string => `crm_search_normalise(${param})`;
  const query = f.param(q);
  f.search = query;
  const words = q.split(/\s+/).filter((word) => word.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').length >= 3).slice(0, MAX_WORDS);
  const branches: string[] = [];
  // One word that is the whole query: its own branch is the whole query's similarity and more.
  if (words.length === 1 && words[0] === q.trim()) branches.push(foundOrSimilar(whole(query)));
  else {
    const perWord = words.map((word) => foundOrSimilar(whole(f.param(word))));
    branches.push(perWord.length > 0 ? `(${perWord.join(' AND ')})` : `p.search_text LIKE '%' || ${whole(query)} || '%'`);
    branches.push(`(p.search_text %> ${whole(query)} AND word_similarity(${whole(query)}, p.search_text) >= ${SIMILAR_ENOUGH})`);
  }
  if (/\d/.test(q)) branches.push(`p.search_text LIKE '%' || replace(${whole(query)}, ' ', '') || '%'`);
  // A query of punctuation alone normalises to nothing, and nothing has it.
  // OFFSET 0 keeps the planner from merging the matches' scan with the other filters (see Filters.source).
  const matches = (condition: string): string =>
    `(SELECT p.* FROM partners p WHERE (SELECT ${SIMILARITY_THRESHOLD}) IS NOT NULL AND ${whole(query)} <> '' AND ${condition} OFFSET 0) p`;
  const found = `p.search_text LIKE '%' || ${whole(query)} || '%'`;
  f.source = matches(`(${branches.join(' OR ')})`);
  // The query found as typed implies every one of its words found: these are matches, ranked before all the rest.
  f.ranked = { found: matches(found), rest: matches(`(${branches.join(' OR ')}) AND NOT ${found}`) };
}

/**
 * Relevance, smaller first: 0 the name itself, 1 a name starting with the query, 2 the query found as typed
 * (normalised) in anything searched, 3 a similar match; plus how far from a perfect word similarity it is. The query
 * found as typed between spaces (normalised text has single spaces between words) is a perfect word similarity:
 * the costly comparison is left to the rest.
 */
const relevance = (q: string): string =>
  `(CASE WHEN p.search_name = crm_search_normalise(${q}) THEN 0 WHEN p.search_name LIKE crm_search_normalise(${q}) || '%' THEN 1 ` +
  `WHEN p.search_text LIKE '%' || crm_search_normalise(${q}) || '%' THEN 2 ELSE 3 END + 1 - ` +
  `CASE WHEN ' ' || p.search_text || ' ' LIKE '% ' || crm_search_normalise(${q}) || ' %' THEN 1 ` +
  `ELSE word_similarity(crm_search_normalise(${q}), p.search_text) END)`;

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
  sort_keys: string[];
}

/** Builds a parameterised WHERE clause from the list filters. */
class Filters {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  /** The parameter holding `q`, when searching. */
  search?: string;
  /** The partners the clauses filter, as `p`: all of them, or a search's matches. */
  source = 'partners p';
  /** A search's matches in two parts: the query found as typed (relevance below 3), and the rest (3 or more). */
  ranked?: { found: string; rest: string };

  add(clause: (param: string) => string, value: unknown): void {
    this.clauses.push(clause(this.param(value)));
  }

  /** A new parameter holding `value`: its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
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
    else if (id !== undefined) {
      // Over a search's matches, `IS TRUE` keeps this a filter of the matches (the planner would otherwise join them
      // as it likes, a scan of every partner among its choices).
      const probe = this.search === undefined ? '' : ' IS TRUE';
      this.add((p) => `EXISTS (SELECT 1 FROM ${joinTable} j WHERE j.partner_id = p.id AND j.${joinColumn} = ${p}::uuid)${probe}`, id);
    }
  }

  static from(query: ListPartnersQuery, actorId: string, ids: FilterIds): Filters {
    const f = new Filters();
    const archived = query.archived ?? 'exclude';
    if (archived !== 'include') f.clauses.push(archived === 'only' ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL');
    if (query.q) searchMatch(f, query.q);
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
  /** What the WHERE reads, as `p`: `partners p`, or the matches of a search (every column of partners). */
  from: string;
  /** Sorting by relevance: `from` in its two parts (Filters.ranked), and the relevance expression. */
  ranked?: RankedSource;
  where: string;
  params: unknown[];
  orderBy: string;
  /** A select-list item, `sort_keys`: the row's sort keys as text, for the next cursor (nextCursor). */
  sortKeys: string;
  sort: PartnerSort;
}

interface RankedSource {
  found: string;
  rest: string;
  rank: string;
}

interface SortOrder {
  /** The keys before `p.id`, each an expression and the type its cursor value is cast back to. */
  keys: { sql: string; cast: string }[];
  descending: boolean;
}

function sortOrder(sort: PartnerSort, filters: Filters): SortOrder {
  if (sort === 'relevance' && filters.search) {
    return { keys: [{ sql: `${relevance(filters.search)}::float8`, cast: 'float8' }, { sql: 'p.normalized_name', cast: 'text' }], descending: false };
  }
  const field = sort.replace('-', '');
  return { keys: [{ sql: SORT_COLUMNS[field], cast: SORT_CASTS[field] }], descending: sort.startsWith('-') };
}

/**
 * The WHERE (filters, then the keyset position after `query.cursor`) and ORDER BY of a partner
 * list, over `partners p` joined to its kind `k` and area `a`, with the coded filters' `ids` resolved
 * (PartnerFilterIds). Shared by the list and the CSV export.
 */
export function listClauses(query: ListPartnersQuery, actorId: string, ids: FilterIds): ListClauses {
  const filters = Filters.from(query, actorId, ids);
  // `relevance` (best match first) is the default when searching; without a search it is name order.
  const requested: PartnerSort = query.sort ?? (query.q ? 'relevance' : 'name');
  const sort: PartnerSort = requested === 'relevance' && !query.q ? 'name' : requested;
  const { keys, descending } = sortOrder(sort, filters);
  if (query.cursor) {
    const values = decodeCursor(query.cursor, sort);
    if (values.length !== keys.length + 1) throw new InvalidCursorError();
    const placeholders = values.map((value, i) => {
      filters.params.push(value);
      return `$${filters.params.length}::${i < keys.length ? keys[i].cast : 'uuid'}`;
    });
    filters.clauses.push(`(${[...keys.map((k) => k.sql), 'p.id'].join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`);
  }
  const direction = descending ? 'DESC' : 'ASC';
  return {
    from: filters.source,
    ranked: sort === 'relevance' && filters.ranked ? { ...filters.ranked, rank: keys[0].sql } : undefined,
    where: filters.clauses.length > 0 ? `WHERE ${filters.clauses.join(' AND ')}` : '',
    params: filters.params,
    orderBy: [...keys.map((k) => `${k.sql} ${direction}`), `p.id ${direction}`].join(', '),
    sortKeys: `ARRAY[${keys.map((k) => `(${k.sql})::text`).join(', ')}] AS sort_keys`,
    sort,
  };
}

/** The cursor after `last`, a row selected with ListClauses.sortKeys. */
export function cursorAfter(sort: PartnerSort, last: { sort_keys: string[]; id: string }): string {
  return encodeCursor(sort, [...last.sort_keys, last.id]);
}

/**
 * The partner list query: filters, allowlisted sort and keyset pagination in one SQL statement. The page's ids
 * are found first, over `partners` alone: the sort indexes carry every column the filters compare
 * (migrations/…-PartnerListIndexes.ts), so walking one in order with the filters and stopping at the page's end is an
 * index-only scan, a few thousand index entries at worst however the filters combine; a rare combination starts
 * from its own index instead, and a search from its matches (searchMatch). Only the page's rows are then read in
 * full, with their labels and links.
 */
@Injectable()
export class PartnersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly filterIds: PartnerFilterIds,
  ) {}

  /** `gone`: the client stopped waiting (a superseded keystroke), so the statement is cancelled. */
  async count(query: PartnerFiltersQuery, actorId: string, gone?: AbortSignal): Promise<number> {
    const { from, where, params } = listClauses(query, actorId, await this.filterIds.resolve(query));
    return countPartners(this.dataSource, from, where, params, gone);
  }

  /** `gone`: the client stopped waiting (a superseded keystroke), so the statement is cancelled. */
  async page(query: ListPartnersQuery, actorId: string, gone?: AbortSignal): Promise<PartnerPage> {
    const limit = query.limit ?? 25;
    const { from, ranked, where, params, orderBy, sortKeys, sort } = listClauses(query, actorId, await this.filterIds.resolve(query));
    params.push(limit + 1);
    const pageIds = ranked ? rankedPageIds(ranked, where, orderBy, `$${params.length}`) : `SELECT p.id FROM ${from} ${where} ORDER BY ${orderBy} LIMIT $${params.length}`;
    const rows = await queryUnlessGone<SummaryRow[]>(
      this.dataSource,
      `SELECT p.id, p.name, p.status, p.tags, p.version, p.created_at, p.updated_at, p.archived_at,
              k.code AS kind_code, k.label AS kind_label, a.code AS area_code, a.label AS area_label,
              p.owner_id, u.display_name AS owner_name, ${sortKeys},
              ARRAY(SELECT r.code FROM partner_priority_areas j JOIN reference_entries r ON r.id = j.reference_id
                     WHERE j.partner_id = p.id ORDER BY r.sort_order) AS priority_areas,
              ARRAY(SELECT r.code FROM partner_themes j JOIN reference_entries r ON r.id = j.reference_id
                     WHERE j.partner_id = p.id ORDER BY r.sort_order) AS themes,
              ARRAY(SELECT l.code FROM partner_list_memberships j JOIN partner_lists l ON l.id = j.list_id
                     WHERE j.partner_id = p.id ORDER BY l.code) AS lists
         FROM (${pageIds}) page
         JOIN partners p ON p.id = page.id
         JOIN reference_entries k ON k.id = p.kind_id
         JOIN reference_entries a ON a.id = p.area_id
         LEFT JOIN users u ON u.id = p.owner_id
        ORDER BY ${orderBy}`,
      params,
      gone,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toSummary),
      nextCursor: rows.length > limit && last ? cursorAfter(sort, last) : null,
    };
  }
}

/**
 * The ids of a page by relevance: the page from the matches found as typed first; the other matches (similar
 * ones, all ranked after those) are only read when that page is short. Comparing text for similarity is the costly
 * part of a search, and a common word fills the page with partners that have it.
 */
function rankedPageIds({ found, rest, rank }: RankedSource, where: string, orderBy: string, limit: string): string {
  const and = where ? `${where} AND` : 'WHERE';
  return `WITH found AS MATERIALIZED (
            SELECT p.id, ${rank} AS rank, p.normalized_name FROM ${found} ${where} ORDER BY ${orderBy} LIMIT ${limit})
          SELECT id FROM (
            SELECT * FROM found
            UNION ALL
            SELECT p.id, ${rank}, p.normalized_name FROM ${rest}
              ${and} (SELECT count(*) FROM found WHERE rank < 3) < ${limit}) m
           ORDER BY rank, normalized_name, id LIMIT ${limit}`;
}

/** How many partners the filters match (over the sort index's covered columns, like the page itself). */
export async function countPartners(dataSource: DataSource, from: string, where: string, params: unknown[], gone?: AbortSignal): Promise<number> {
  const [row] = await queryUnlessGone<{ n: number }[]>(dataSource, `SELECT count(*)::int AS n FROM ${from} ${where}`, params, gone);
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
