import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferenceCategory } from '../reference-data/reference-entry.entity.js';

/** The list filters given as codes, by the ids they stand for; null: no entry has that code (nothing matches). */
export interface FilterIds {
  kind?: string | null;
  area?: string | null;
  priorityArea?: string | null;
  theme?: string | null;
  list?: string | null;
}

type CodedFilter = keyof FilterIds;

/** Where each coded filter's id is found: a reference data category, or the partner lists. */
const SOURCES: Record<CodedFilter, ReferenceCategory | 'partner-list'> = {
  kind: 'organisation-kind',
  area: 'area',
  priorityArea: 'priority-area',
  theme: 'theme',
  list: 'partner-list',
};

/** Far more than any register's reference data: a bound, so codes that do not exist cannot grow the cache. */
const CACHED_MAX = 2_000;

/**
 * Resolves the list's coded filters to ids before the list query, so that query compares `p.kind_id` with a
 * constant: the planner then reads the column's statistics for that very value (a kind held by 20 % of partners,
 * or by 1 %) and picks the plan for it, where a join on the code (or a subquery) leaves it guessing an average.
 * An entry's code never changes and entries are retired, never deleted, so an id once found is kept; a code not
 * found is looked up again next time (it may be added meanwhile).
 */
@Injectable()
export class PartnerFilterIds {
  private readonly cache = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  async resolve(codes: Partial<Record<CodedFilter, string>>): Promise<FilterIds> {
    const wanted = (Object.keys(SOURCES) as CodedFilter[]).filter((filter) => codes[filter] !== undefined);
    const missing = wanted.filter((filter) => !this.cache.has(keyOf(filter, codes[filter] ?? '')));
    if (missing.length > 0) await this.load(missing.map((filter) => ({ source: SOURCES[filter], code: codes[filter] ?? '' })));
    return Object.fromEntries(wanted.map((filter) => [filter, this.cache.get(keyOf(filter, codes[filter] ?? '')) ?? null]));
  }

  /** One statement for every code not cached yet. */
  private async load(lookups: { source: string; code: string }[]): Promise<void> {
    const rows: { source: string; code: string; id: string }[] = await this.dataSource.query(
      `SELECT w.source, w.code, coalesce(l.id, r.id) AS id
         FROM unnest($1::text[], $2::text[]) AS w(source, code)
         LEFT JOIN partner_lists l ON w.source = 'partner-list' AND l.code = w.code
         LEFT JOIN reference_entries r ON w.source <> 'partner-list' AND r.category = w.source AND r.code = w.code
        WHERE coalesce(l.id, r.id) IS NOT NULL`,
      [lookups.map((l) => l.source), lookups.map((l) => l.code)],
    );
    if (this.cache.size + rows.length > CACHED_MAX) this.cache.clear();
    for (const row of rows) this.cache.set(`${row.source}\u0000${row.code}`, row.id);
  }
}

function keyOf(filter: CodedFilter, code: string): string {
  return `${SOURCES[filter]}\u0000${code}`;
}
