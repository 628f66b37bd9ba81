import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DuplicateCandidate } from '../partners/partners.errors.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { toPartnerImportRowResponse, type PartnerImportRowPage } from './dto/partner-import-row.response.js';
import type { ImportCounts } from './dto/partner-import.response.js';
import type { ListImportRowsQuery } from './dto/partner-import.dto.js';
import { PartnerImportRow, type ImportRowOutcome, type ImportRowProblem, type ImportRowResult } from './partner-import-row.entity.js';
import type { RowPlan } from './planning/row-planner.js';
import type { UploadedRow } from './upload/import-file.js';
import type { ImportPhase } from './partner-imports.repository.js';
import type { RowRange } from './jobs/chunk-passes.js';
import type { ProblemRow } from './problem-rows-csv.js';

/** Rows per INSERT when an upload is stored: big statements, few round trips. */
const INSERT_BATCH = 5000;

/** Rows a phase still has to handle. */
export const OPEN: Record<ImportPhase, string> = { 'dry-run': `outcome = 'pending'`, commit: 'result IS NULL' };

/** A row as a job reads it. */
export interface StoredRow {
  rowNumber: number;
  cells: Record<string, string>;
  outcome: ImportRowOutcome;
  duplicateRows: number[];
  /** Live partners the dry run found this row looks like (a per-row decision may update one). */
  candidates: DuplicateCandidate[];
  partnerId: string | null;
  partnerVersion: number | null;
}

/** What the commit did with one row. */
export interface RowResult {
  rowNumber: number;
  result: ImportRowResult;
  errors: ImportRowProblem[] | null;
  partnerId: string | null;
  changes: RowPlan['changes'];
}

interface StoredRowRecord {
  row_number: number;
  cells: Record<string, string>;
  outcome: ImportRowOutcome;
  duplicate_rows: number[];
  candidates: DuplicateCandidate[];
  partner_id: string | null;
  partner_version: number | null;
}

/** The rows of uploaded files: stored in bulk, read by the jobs a chunk at a time, reported page by page. */
@Injectable()
export class PartnerImportRowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, importId: string, rows: UploadedRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH).map((row) => ({
        row_number: row.rowNumber,
        line: row.line,
        cells: row.cells,
        outcome: row.errors.length > 0 ? 'error' : 'pending',
        errors: row.errors,
      }));
      await manager.query(
        `INSERT INTO partner_import_rows (import_id, row_number, line, cells, outcome, errors, file_errors)
         SELECT $1, r.row_number, r.line, r.cells, r.outcome, r.errors, r.errors
           FROM jsonb_to_recordset($2::jsonb) AS r(row_number int, line int, cells jsonb, outcome partner_import_row_outcome, errors jsonb)`,
        [importId, JSON.stringify(batch)],
      );
    }
  }

  /** Every row back to what the upload found, for a dry run of a new mapping. */
  async reset(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(
      `UPDATE partner_import_rows
          SET outcome = CASE WHEN jsonb_array_length(file_errors) > 0 THEN 'error' ELSE 'pending' END::partner_import_row_outcome,
              errors = file_errors, warnings = '[]', candidates = '[]', duplicate_rows = '{}', changes = NULL, partner_id = NULL, partner_version = NULL
        WHERE import_id = $1`,
      [importId],
    );
  }

  /** Each distinct value of a file column (each item of a list for `split`), with how many rows hold it, most used first. */
  async distinctValues(importId: string, column: string, split: boolean, limit: number): Promise<{ value: string; rows: number }[]> {
    const values = split ? `unnest(string_to_array(cells->>$2, ';'))` : `cells->>$2`;
    return this.dataSource.query<{ value: string; rows: number }[]>(
      `SELECT value, count(*)::int AS rows
         FROM (SELECT btrim(v) AS value FROM partner_import_rows, LATERAL (SELECT ${values} AS v) AS x WHERE import_id = $1) AS t
        WHERE value <> '' GROUP BY value ORDER BY count(*) DESC, value LIMIT $3`,
      [importId, column, limit],
    );
  }

  /** The first rows' cells, for samples of each column. */
  async firstCells(importId: string, limit: number): Promise<Record<string, string>[]> {
    const rows = await this.dataSource.query<{ cells: Record<string, string> }[]>(
      'SELECT cells FROM partner_import_rows WHERE import_id = $1 ORDER BY row_number LIMIT $2',
      [importId, limit],
    );
    return rows.map((r) => r.cells);
  }

  /** Rows refused by the dry run or skipped by the commit, and (unless `errorsOnly`) duplicates not written, in order. */
  async problemRows(importId: string, errorsOnly: boolean, afterRow: number, limit: number): Promise<ProblemRow[]> {
    const duplicates = errorsOnly ? '' : `OR (outcome = 'duplicate' AND (result IS NULL OR result = 'skipped'))`;
    const rows = await this.dataSource.query<
      { row_number: number; cells: Record<string, string>; outcome: string; result: string | null; errors: ImportRowProblem[]; candidates: DuplicateCandidate[]; duplicate_rows: number[] }[]
    >(
      `SELECT row_number, cells, outcome, result, errors, candidates, duplicate_rows FROM partner_import_rows
        WHERE import_id = $1 AND row_number > $2 AND (outcome = 'error' OR (result = 'skipped' AND jsonb_array_length(errors) > 0) ${duplicates})
        ORDER BY row_number LIMIT $3`,
      [importId, afterRow, limit],
    );
    return rows.map((r) => ({
      rowNumber: r.row_number,
      cells: r.cells,
      outcome: r.outcome,
      result: r.result,
      errors: r.errors,
      candidates: r.candidates,
      duplicateRows: r.duplicate_rows,
    }));
  }

  /** Rows per dry-run outcome and per commit result. */
  async counts(importId: string): Promise<ImportCounts> {
    const rows = await this.dataSource.query<{ outcome: ImportRowOutcome; result: ImportRowResult | null; n: number }[]>(
      'SELECT outcome, result, count(*)::int AS n FROM partner_import_rows WHERE import_id = $1 GROUP BY outcome, result',
      [importId],
    );
    const counts: ImportCounts = {
      outcomes: { pending: 0, create: 0, update: 0, unchanged: 0, duplicate: 0, error: 0, merged: 0 },
      results: { created: 0, updated: 0, unchanged: 0, skipped: 0, merged: 0 },
    };
    for (const { outcome, result, n } of rows) {
      counts.outcomes[outcome] += n;
      if (result) counts.results[result] += n;
    }
    return counts;
  }

  async page(importId: string, query: ListImportRowsQuery): Promise<PartnerImportRowPage> {
    const limit = query.limit ?? 25;
    const after = query.cursor ? Number(decodeCursor(query.cursor, 'rowNumber')[0]) : 0;
    const builder = this.dataSource
      .getRepository(PartnerImportRow)
      .createQueryBuilder('r')
      .where('r.importId = :importId AND r.rowNumber > :after', { importId, after: Number.isInteger(after) ? after : 0 })
      .orderBy('r.rowNumber', 'ASC')
      .limit(limit + 1);
    if (query.outcome) builder.andWhere('r.outcome = :outcome', { outcome: query.outcome });
    if (query.result) builder.andWhere('r.result = :result', { result: query.result });
    const rows = await builder.getMany();
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toPartnerImportRowResponse),
      nextCursor: rows.length > limit && last ? encodeCursor('rowNumber', [last.rowNumber]) : null,
    };
  }

  /** The cells of `columns` (file columns: those the in-file index reads) of rows after `afterRow`, in order. */
  async identityCells(importId: string, afterRow: number, limit: number, columns: readonly string[]): Promise<{ rowNumber: number; cells: Record<string, string> }[]> {
    // Keys are the file's headers: bound as parameters, never written into the statement.
    const picked = columns.map((_, i) => `$${i + 4}::text, cells->$${i + 4}::text`).join(', ');
    const rows = await this.dataSource.query<{ row_number: number; cells: Record<string, string> }[]>(
      `SELECT row_number, ${columns.length > 0 ? `jsonb_strip_nulls(jsonb_build_object(${picked}))` : `'{}'::jsonb`} AS cells
         FROM partner_import_rows WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
      [importId, afterRow, limit, ...columns],
    );
    return rows.map((r) => ({ rowNumber: r.row_number, cells: r.cells }));
  }

  /** The rows the dry run has not classified, or the commit has not handled, cut into ranges of `size` rows. */
  openRanges(importId: string, phase: ImportPhase, size: number): Promise<RowRange[]> {
    return this.dataSource.query<RowRange[]>(
      `SELECT min(row_number)::int AS first, max(row_number)::int AS last
         FROM (SELECT row_number, (row_number() OVER (ORDER BY row_number) - 1) / $2 AS chunk
                 FROM partner_import_rows WHERE import_id = $1 AND ${OPEN[phase]}) AS open_rows
        GROUP BY chunk ORDER BY chunk`,
      [importId, size],
    );
  }

  /**
   * A range's open rows, locked until the caller's transaction ends. Rows another run of the job has
   * locked are skipped (it handles them), and a row it handled meanwhile is no longer open when locked.
   */
  async claim(manager: EntityManager, importId: string, phase: ImportPhase, range: RowRange): Promise<StoredRow[]> {
    const rows = await manager.query<StoredRowRecord[]>(
      `SELECT row_number, cells, outcome, duplicate_rows, candidates, partner_id, partner_version FROM partner_import_rows
        WHERE import_id = $1 AND row_number BETWEEN $2 AND $3 AND ${OPEN[phase]}
        ORDER BY row_number FOR UPDATE SKIP LOCKED`,
      [importId, range.first, range.last],
    );
    return rows.map((r) => ({
      rowNumber: r.row_number,
      cells: r.cells,
      outcome: r.outcome,
      duplicateRows: r.duplicate_rows,
      candidates: r.candidates,
      partnerId: r.partner_id,
      partnerVersion: r.partner_version,
    }));
  }

  async saveOutcomes(manager: EntityManager, importId: string, plans: RowPlan[]): Promise<void> {
    const outcomes = plans.map((plan) => ({
      row_number: plan.rowNumber,
      outcome: plan.outcome,
      errors: plan.errors,
      warnings: plan.warnings,
      candidates: plan.candidates,
      duplicate_rows: plan.duplicateRows,
      // The report shows what an update changes; a new record's "changes" would only repeat its cells.
      changes: plan.outcome === 'update' ? plan.changes : null,
      partner_id: plan.before?.id ?? null,
      partner_version: plan.before?.version ?? null,
    }));
    await manager.query(
      `UPDATE partner_import_rows r
          SET outcome = x.outcome, errors = x.errors, warnings = x.warnings, candidates = x.candidates, duplicate_rows = x.duplicate_rows,
              changes = x.changes, partner_id = x.partner_id, partner_version = x.partner_version
         FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, outcome partner_import_row_outcome, errors jsonb, warnings jsonb, candidates jsonb,
              duplicate_rows int[], changes jsonb, partner_id uuid, partner_version int)
        WHERE r.import_id = $1 AND r.row_number = x.row_number`,
      [importId, JSON.stringify(outcomes)],
    );
  }

  /** In the transaction that wrote the partners: a row is handled exactly when its write commits. */
  async saveResults(manager: EntityManager, importId: string, results: RowResult[]): Promise<void> {
    const rows = results.map((r) => ({ row_number: r.rowNumber, result: r.result, errors: r.errors, partner_id: r.partnerId, changes: r.changes }));
    await manager.query(
      `UPDATE partner_import_rows r
          SET result = x.result, errors = coalesce(x.errors, r.errors), partner_id = coalesce(x.partner_id, r.partner_id),
              changes = coalesce(x.changes, r.changes)
         FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, result partner_import_row_result, errors jsonb, partner_id uuid, changes jsonb)
        WHERE r.import_id = $1 AND r.row_number = x.row_number`,
      [importId, JSON.stringify(rows)],
    );
  }
}
