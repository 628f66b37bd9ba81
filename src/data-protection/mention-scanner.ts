import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { storedSpellings, termsPgPattern } from './personal-terms.js';

/** A row that mentions the person somewhere in its text: which table, which row, which columns. */
export interface Mention {
  table: string;
  /** The row's id, or null for a table without an `id` column. */
  id: string | null;
  columns: string[];
}

interface TextColumn {
  table_name: string;
  column_name: string;
  has_id: boolean;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** Rows reported per table at most: enough to act on, bounded for a very common name. */
const PER_TABLE_LIMIT = 200;

/**
 * Searches every text, varchar, char, json(b) and text-array column of every table in a schema — the list comes
 * from information_schema, so a table added later is searched too — for the person's values. This is the
 * safety net behind the feature-by-feature queries: subject access lists what it finds, erasure reports what
 * is left. It reads whole tables; it is for an admin's occasional request, not for a hot path.
 */
@Injectable()
export class MentionScanner {
  async scan(manager: EntityManager, terms: readonly string[], exclude: readonly string[] = [], schema = 'public'): Promise<Mention[]> {
    const pattern = termsPgPattern(storedSpellings(terms));
    if (!pattern) return [];
    const byTable = new Map<string, { hasId: boolean; columns: string[] }>();
    for (const column of await this.textColumns(manager, schema)) {
      if (exclude.includes(column.table_name)) continue;
      const entry = byTable.get(column.table_name) ?? { hasId: column.has_id, columns: [] };
      entry.columns.push(column.column_name);
      byTable.set(column.table_name, entry);
    }
    const mentions: Mention[] = [];
    for (const [table, { hasId, columns }] of byTable) {
      const matches = columns.map((c) => `${quote(c)}::text ~* $1`);
      const rows = await manager.query<{ id: string | null; columns: string[] }[]>(
        `SELECT ${hasId ? 'id::text' : 'NULL'} AS id,
                array_remove(ARRAY[${columns.map((c, i) => `CASE WHEN ${matches[i]} THEN '${c.replace(/'/g, "''")}' END`).join(', ')}], NULL) AS columns
           FROM ${quote(schema)}.${quote(table)}
          WHERE ${matches.join(' OR ')}
          LIMIT ${PER_TABLE_LIMIT}`,
        [pattern],
      );
      mentions.push(...rows.map((r) => ({ table, id: r.id, columns: r.columns })));
    }
    return mentions;
  }

  private textColumns(manager: EntityManager, schema: string): Promise<TextColumn[]> {
    return manager.query<TextColumn[]>(
      `SELECT c.table_name, c.column_name,
              EXISTS (SELECT 1 FROM information_schema.columns i
                       WHERE i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id') AS has_id
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = $1
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
               OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
        ORDER BY c.table_name, c.ordinal_position`,
      [schema],
    );
  }
}
