import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferenceCategory } from './reference-entry.entity.js';

interface ReferencingColumn {
  table: string;
  column: string;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * How many records use each entry of a list: every row of every table with a foreign key to reference_entries
 * (read from the catalogue, so a table added later counts without a change here).
 */
@Injectable()
export class ReferenceUsageRepository {
  private columns: Promise<ReferencingColumn[]> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async countsByCode(category: ReferenceCategory): Promise<Map<string, number>> {
    const columns = await this.referencingColumns();
    const uses = columns
      .map(({ table, column }) => `SELECT ${quote(column)} AS id FROM ${quote(table)} WHERE ${quote(column)} IN (SELECT id FROM mine)`)
      .join(' UNION ALL ');
    const rows = await this.dataSource.query<{ code: string; records: number }[]>(
      `WITH mine AS (SELECT id, code FROM reference_entries WHERE category = $1)
       SELECT mine.code, count(uses.id)::int AS records FROM mine LEFT JOIN (${uses || 'SELECT NULL::uuid AS id'}) uses ON uses.id = mine.id
        GROUP BY mine.code`,
      [category],
    );
    return new Map(rows.map((row) => [row.code, row.records]));
  }

  private referencingColumns(): Promise<ReferencingColumn[]> {
    this.columns ??= this.dataSource
      .query<ReferencingColumn[]>(
        `SELECT cl.relname AS "table", a.attname AS "column"
           FROM pg_constraint c
           JOIN pg_class cl ON cl.oid = c.conrelid
           JOIN pg_namespace n ON n.oid = cl.relnamespace
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'reference_entries'::regclass AND array_length(c.conkey, 1) = 1
            AND n.nspname = current_schema()
          ORDER BY 1, 2`,
      )
      .catch((error: unknown) => {
        this.columns = null;
        throw error;
      });
    return this.columns;
  }
}
