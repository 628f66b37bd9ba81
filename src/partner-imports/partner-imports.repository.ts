import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { PartnerImportPage } from './dto/partner-import.response.js';
import type { ListPartnerImportsQuery } from './dto/partner-import.dto.js';
import { PartnerImport, type DuplicatePolicy, type PartnerImportStatus } from './partner-import.entity.js';
import { OPEN } from './partner-import-rows.repository.js';
import type { RowDecisions } from './jobs/row-decisions.js';
import type { ImportMapping } from './mapping/import-mapping.js';

export type ImportPhase = 'dry-run' | 'commit';

interface SummaryRow {
  id: string;
  status: PartnerImportStatus;
  file_name: string | null;
  total_rows: number;
  created_by: string | null;
  created_at: Date;
  committed_at: Date | null;
  sort_key: string;
}

const RUNNING_STATUS: Record<ImportPhase, PartnerImportStatus> = { 'dry-run': 'validating', commit: 'committing' };

/**
 * Imports and their status changes. Every change of status is one conditional UPDATE, so two
 * requests (or a request and a job) can never both move an import on.
 */
@Injectable()
export class PartnerImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerImport | null> {
    return manager.findOne(PartnerImport, { where: { id } });
  }

  /** Newest first, keyset-paginated by (created_at, id); the key is kept as text, to the microsecond. */
  async page(query: ListPartnerImportsQuery): Promise<PartnerImportPage> {
    const limit = query.limit ?? 25;
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (query.status) where.push(`status = $${params.push(query.status)}`);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, 'createdAt');
      where.push(`(created_at, id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT id, status, file_name, total_rows, created_by, created_at, committed_at, created_at::text AS sort_key
         FROM partner_imports ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((r) => ({
        id: r.id,
        status: r.status,
        fileName: r.file_name,
        totalRows: r.total_rows,
        createdBy: r.created_by,
        createdAt: r.created_at.toISOString(),
        committedAt: r.committed_at?.toISOString() ?? null,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor('createdAt', [last.sort_key, last.id]) : null,
    };
  }

  /**
   * Records that a job is working on the import, before each chunk (in a statement of its own, so
   * chunks in flight at once never queue on the import's row). False when the import is no longer in
   * the phase: the job stops.
   */
  async heartbeat(id: string, phase: ImportPhase): Promise<boolean> {
    const [, touched] = await this.dataSource.query<[unknown, number]>(
      'UPDATE partner_imports SET heartbeat_at = now() WHERE id = $1 AND status = $2',
      [id, RUNNING_STATUS[phase]],
    );
    return touched > 0;
  }

  /**
   * validating → validated, or committing → committed, once no row is left open: a chunk still in
   * flight in another run holds its rows open until it commits, and that run finishes the import.
   */
  async finish(id: string, phase: ImportPhase): Promise<boolean> {
    const [status, stamp] = phase === 'dry-run' ? ['validated', 'validated_at'] : ['committed', 'committed_at'];
    const [, changed] = await this.dataSource.query<[unknown, number]>(
      `UPDATE partner_imports i SET status = $3, ${stamp} = now(), version = version + 1, updated_at = now(), failure = NULL
        WHERE id = $1 AND status = $2
          AND NOT EXISTS (SELECT 1 FROM partner_import_rows r WHERE r.import_id = i.id AND ${OPEN[phase]})`,
      [id, RUNNING_STATUS[phase], status],
    );
    return changed > 0;
  }

  /** mapping or validated → validating with this mapping (never once a commit started): the new version, or null. */
  async startDryRun(manager: EntityManager, id: string, mapping: ImportMapping): Promise<number | null> {
    const [rows] = await manager.query<[{ version: number }[], number]>(
      `UPDATE partner_imports
          SET status = 'validating', mapping = $2, validated_at = NULL, heartbeat_at = now(), failure = NULL,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND status IN ('mapping', 'validated') AND commit_attempts = 0
        RETURNING version`,
      [id, JSON.stringify(mapping)],
    );
    return rows[0]?.version ?? null;
  }

  /** validated (or a failed commit) → committing, if the caller saw the current version. */
  async startCommit(id: string, expectedVersion: number, policy: DuplicatePolicy, decisions: RowDecisions, actorId: string): Promise<PartnerImport | null> {
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE partner_imports
          SET status = 'committing', duplicate_policy = $3, committed_by = $4, row_decisions = row_decisions || $5::jsonb, commit_started_at = now(), heartbeat_at = now(),
              commit_attempts = commit_attempts + 1, failure = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND (status = 'validated' OR (status = 'failed' AND commit_attempts > 0))
        RETURNING id`,
      [id, expectedVersion, policy, actorId, JSON.stringify(decisions)],
    );
    return rows.length > 0 ? this.find(id) : null;
  }

  /** A job gave up: the import says why (a code and a message, never row data). */
  async fail(id: string, phase: ImportPhase, failure: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE partner_imports SET status = 'failed', failure = $3, version = version + 1, updated_at = now() WHERE id = $1 AND status = $2`,
      [id, RUNNING_STATUS[phase], failure],
    );
  }

  /** Only while nothing has been written: not once a commit started. */
  async deleteUncommitted(id: string): Promise<boolean> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM partner_imports WHERE id = $1 AND commit_attempts = 0 AND status IN ('mapping', 'validating', 'validated', 'failed')`,
      [id],
    );
    return deleted > 0;
  }

  /** Imports in progress whose job has not reported for `staleSeconds` (its enqueue was lost, or it died). */
  async stalled(staleSeconds: number): Promise<Pick<PartnerImport, 'id' | 'status' | 'commitAttempts' | 'version'>[]> {
    const rows = await this.dataSource.query<{ id: string; status: PartnerImportStatus; commit_attempts: number; version: number }[]>(
      `SELECT id, status, commit_attempts, version FROM partner_imports
        WHERE status IN ('validating', 'committing') AND heartbeat_at < now() - make_interval(secs => $1)
        ORDER BY heartbeat_at LIMIT 100`,
      [staleSeconds],
    );
    return rows.map((r) => ({ id: r.id, status: r.status, commitAttempts: r.commit_attempts, version: r.version }));
  }

  /** Imports (and, by cascade, their rows) uploaded more than `days` ago, unless a job is working on them. */
  async purgeOlderThan(days: number): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM partner_imports WHERE created_at < now() - make_interval(days => $1) AND status NOT IN ('validating', 'committing')`,
      [days],
    );
    return deleted;
  }
}
