import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../../database/transaction.js';
import type { PartnerImport } from '../partner-import.entity.js';
import { PartnerImportRowsRepository, type RowResult, type StoredRow } from '../partner-import-rows.repository.js';
import { PartnerImportsRepository } from '../partner-imports.repository.js';
import { planRows } from '../planning/row-planner.js';
import { decideCommit, needsPlanning, type CommitDecision } from './commit-decisions.js';
import { ChunkConflictError, PartnerImportWriter } from './partner-import-writer.js';

/** Rows written per transaction. */
export const COMMIT_CHUNK = 1000;
/** A chunk whose external_ref was taken meanwhile (or that deadlocked) is planned and written again, this often. */
const CHUNK_ATTEMPTS = 3;
const DEADLOCK = '40P01';

/**
 * The commit: a chunk at a time, each in one transaction that re-plans its rows against the
 * database as it is now (row locks on the partners it updates, the name locks POST /partners
 * takes), writes them set-based, and records each row's result. A row is handled exactly when its
 * chunk commits, so a job killed mid-chunk leaves that chunk untouched, and its retry (or a second
 * run of the same job, which waits for the import's row lock) carries on with the rows that have
 * no result: nothing is written twice or lost.
 */
@Injectable()
export class PartnerImportCommit {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
    private readonly writer: PartnerImportWriter,
  ) {}

  async run(importId: string): Promise<void> {
    let after = 0;
    for (;;) {
      const next = await this.chunkWithRetry(importId, after);
      if (next === null) return;
      after = next;
    }
  }

  private async chunkWithRetry(importId: string, after: number): Promise<number | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.run(({ manager }) => this.chunk(manager, importId, after));
      } catch (error: unknown) {
        const retryable = error instanceof ChunkConflictError || (error as { driverError?: { code?: string } }).driverError?.code === DEADLOCK;
        if (!retryable || attempt >= CHUNK_ATTEMPTS) throw error;
        this.logger.warn({ msg: 'partner import chunk planned again', importId, after, attempt });
      }
    }
  }

  /** One chunk: returns the last row handled, or null when the import is done (or no longer committing). */
  private async chunk(manager: EntityManager, importId: string, after: number): Promise<number | null> {
    const partnerImport = await this.imports.heartbeat(manager, importId, 'commit');
    if (!partnerImport) return null;
    const rows = await this.rows.next(manager, importId, 'commit', after, COMMIT_CHUNK);
    if (rows.length === 0) {
      if (await this.imports.finish(manager, importId, 'commit')) this.logger.log({ msg: 'partner import committed', importId });
      return null;
    }
    const decisions = await this.decide(manager, partnerImport, rows);
    const createdIds = await this.writer.write(manager, decisions, { importId, actorId: partnerImport.committedBy });
    await this.rows.saveResults(manager, importId, decisions.map((d) => resultOf(d, createdIds)));
    return rows[rows.length - 1].rowNumber;
  }

  private async decide(manager: EntityManager, partnerImport: PartnerImport, rows: StoredRow[]): Promise<CommitDecision[]> {
    const policy = partnerImport.duplicatePolicy ?? 'skip';
    const toPlan = rows.filter((row) => needsPlanning(row, policy));
    const plannable = toPlan.map(({ rowNumber, cells, duplicateRows }) => ({ rowNumber, cells, duplicateRows, sameRefRow: null }));
    const plans = new Map((await planRows(manager, plannable, { validate: false, lock: true, now: new Date() })).map((p) => [p.rowNumber, p]));
    return rows.map((row) => decideCommit(row, plans.get(row.rowNumber), policy));
  }
}

function resultOf(decision: CommitDecision, createdIds: Map<number, string>): RowResult {
  const base = { rowNumber: decision.rowNumber, result: decision.result, errors: null, partnerId: null, changes: null };
  switch (decision.result) {
    case 'created':
      return { ...base, partnerId: createdIds.get(decision.rowNumber) ?? null };
    case 'updated':
      return { ...base, partnerId: decision.partner.id, changes: decision.changes };
    case 'unchanged':
      return { ...base, partnerId: decision.partnerId };
    case 'skipped':
      return { ...base, errors: decision.errors };
  }
}
