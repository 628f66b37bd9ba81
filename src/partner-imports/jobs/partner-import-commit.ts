import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { TransactionRunner } from '../../database/transaction.js';
import type { PartnerImport } from '../partner-import.entity.js';
import { PartnerImportRowsRepository, type RowResult, type StoredRow } from '../partner-import-rows.repository.js';
import { PartnerImportsRepository } from '../partner-imports.repository.js';
import { applyMapping, type ImportMapping } from '../mapping/import-mapping.js';
import type { InFileIndex } from '../planning/in-file-index.js';
import { planRows } from '../planning/row-planner.js';
import { runChunkPasses, type RowRange } from './chunk-passes.js';
import { decideCommit, matchedTarget, needsPlanning, type CommitDecision } from './commit-decisions.js';
import { buildInFileIndex, inFileTerms, mappingOf } from './mapped-rows.js';
import { ChunkConflictError, PartnerImportWriter } from './partner-import-writer.js';

/** Rows written per transaction. */
export const COMMIT_CHUNK = 1000;
/** A chunk whose external_ref was taken meanwhile (or that deadlocked) is planned and written again: at most this many tries. */
const CHUNK_ATTEMPTS = 3;
const DEADLOCK = '40P01';

/**
 * The commit: in chunks (runChunkPasses), each in one transaction that claims its rows, re-plans
 * them against the database as it is now (row locks on the partners it updates, the name locks POST
 * /partners takes), writes them set-based, and records each row's result. A row is handled exactly
 * when its chunk commits, so a job killed mid-chunk leaves that chunk untouched, and its retry (or a
 * second run of the same job, which skips the rows the first has claimed) carries on with the rows
 * that have no result: nothing is written twice or lost.
 */
@Injectable()
export class PartnerImportCommit {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
    private readonly writer: PartnerImportWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(importId: string): Promise<void> {
    const partnerImport = await this.imports.find(importId);
    if (partnerImport?.status !== 'committing') return;
    const mapping = mappingOf(partnerImport);
    // Rows merged into an earlier one (same external_ref) are read again: the earlier row takes their names and tags.
    const index = await buildInFileIndex(this.rows, importId, mapping);
    const job: CommitJob = { partnerImport, mapping, index };
    await runChunkPasses({
      openRanges: () => this.rows.openRanges(importId, 'commit', COMMIT_CHUNK),
      chunk: (range) => this.chunkWithRetry(job, range),
      parallel: this.config.partnerImports.parallelChunks,
    });
    if (await this.imports.finish(importId, 'commit')) this.logger.log({ msg: 'partner import committed', importId });
  }

  private async chunkWithRetry(job: CommitJob, range: RowRange): Promise<number> {
    const { partnerImport } = job;
    for (let attempt = 1; ; attempt++) {
      if (!(await this.imports.heartbeat(partnerImport.id, 'commit'))) return 0;
      try {
        return await this.transactions.run(({ manager }) => this.chunk(manager, job, range));
      } catch (error: unknown) {
        const retryable = error instanceof ChunkConflictError || (error as { driverError?: { code?: string } }).driverError?.code === DEADLOCK;
        if (!retryable || attempt >= CHUNK_ATTEMPTS) throw error;
        this.logger.warn({ msg: 'partner import chunk planned again', importId: partnerImport.id, firstRow: range.first, attempt });
      }
    }
  }

  /** One chunk: the number of rows handled. */
  private async chunk(manager: EntityManager, job: CommitJob, range: RowRange): Promise<number> {
    const { partnerImport, mapping } = job;
    const rows = await this.rows.claim(manager, partnerImport.id, 'commit', range);
    if (rows.length === 0) return 0;
    const decisions = await this.decide(manager, job, rows);
    const createdIds = await this.writer.write(manager, decisions, { importId: partnerImport.id, actorId: partnerImport.committedBy });
    await this.rows.saveResults(manager, partnerImport.id, decisions.map((d) => resultOf(d, createdIds, mapping)));
    return rows.length;
  }

  private async decide(manager: EntityManager, { partnerImport, mapping, index }: CommitJob, rows: StoredRow[]): Promise<CommitDecision[]> {
    const policy = partnerImport.duplicatePolicy ?? 'skip';
    const decisionOf = (row: StoredRow) => partnerImport.rowDecisions[String(row.rowNumber)];
    const toPlan = rows.filter((row) => needsPlanning(row, policy, decisionOf(row)));
    const plannable = toPlan.map((row) => ({
      rowNumber: row.rowNumber,
      cells: applyMapping(mapping, row.cells),
      duplicateRows: row.duplicateRows,
      sameRefRow: null,
      mergedRows: index.mergedInto(row.rowNumber),
      target: matchedTarget(row, decisionOf(row)),
    }));
    const plans = new Map((await planRows(manager, plannable, { validate: false, lock: true, now: new Date() })).map((p) => [p.rowNumber, p]));
    return rows.map((row) => decideCommit(row, plans.get(row.rowNumber), policy, decisionOf(row)));
  }
}

interface CommitJob {
  partnerImport: PartnerImport;
  mapping: ImportMapping;
  index: InFileIndex;
}

function resultOf(decision: CommitDecision, createdIds: Map<number, string>, mapping: ImportMapping): RowResult {
  const base = { rowNumber: decision.rowNumber, result: decision.result, errors: null, partnerId: null, changes: null };
  switch (decision.result) {
    case 'created':
      return { ...base, partnerId: createdIds.get(decision.rowNumber) ?? null };
    case 'updated':
      return { ...base, partnerId: decision.partner.id, changes: decision.changes };
    case 'unchanged':
      return { ...base, partnerId: decision.partnerId };
    case 'merged':
      return base;
    case 'skipped':
      return { ...base, errors: decision.errors ? inFileTerms(mapping, decision.errors) : null };
  }
}
