import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { TransactionRunner } from '../../database/transaction.js';
import { PartnerImportRowsRepository } from '../partner-import-rows.repository.js';
import { PartnerImportsRepository } from '../partner-imports.repository.js';
import { applyMapping, type ImportMapping } from '../mapping/import-mapping.js';
import type { InFileIndex } from '../planning/in-file-index.js';
import { planRows } from '../planning/row-planner.js';
import { runChunkPasses, type RowRange } from './chunk-passes.js';
import { buildInFileIndex, inFileTerms, mappingOf } from './mapped-rows.js';

/** Rows classified per transaction: a progress step, and the most a retry repeats. */
export const DRY_RUN_CHUNK = 1000;

/**
 * The dry run: classifies every row as the API would treat it, writing nothing but the rows'
 * outcomes. It works in chunks (runChunkPasses), each claiming its rows, so progress shows as it
 * goes and a second run of the same job (a retry, a stalled job handed out again) only picks up rows
 * still pending and not claimed. Safe to run any number of times.
 */
@Injectable()
export class PartnerImportDryRun {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(importId: string): Promise<void> {
    const partnerImport = await this.imports.find(importId);
    if (partnerImport?.status !== 'validating') return;
    const mapping = mappingOf(partnerImport);
    const index = await buildInFileIndex(this.rows, importId, mapping);
    await runChunkPasses({
      openRanges: () => this.rows.openRanges(importId, 'dry-run', DRY_RUN_CHUNK),
      chunk: (range) => this.chunk(importId, mapping, index, range),
      parallel: this.config.partnerImports.parallelChunks,
    });
    if (await this.imports.finish(importId, 'dry-run')) this.logger.log({ msg: 'partner import validated', importId });
  }

  private async chunk(importId: string, mapping: ImportMapping, index: InFileIndex, range: RowRange): Promise<number> {
    if (!(await this.imports.heartbeat(importId, 'dry-run'))) return 0;
    return this.transactions.run(async ({ manager }) => {
      // Outcomes lost in a crash are only rows pending again, so a chunk need not wait for its WAL flush.
      await manager.query('SET LOCAL synchronous_commit = off');
      const rows = await this.rows.claim(manager, importId, 'dry-run', range);
      const plannable = rows.map(({ rowNumber, cells: raw }) => {
        const cells = applyMapping(mapping, raw);
        return {
          rowNumber,
          cells,
          duplicateRows: index.earlierLookAlikes(rowNumber, cells),
          sameRefRow: index.earlierSameRef(rowNumber, cells),
          mergedRows: index.mergedInto(rowNumber),
        };
      });
      const plans = await planRows(manager, plannable, { validate: true, lock: false, now: new Date() });
      const reported = plans.map((plan) => ({ ...plan, errors: inFileTerms(mapping, plan.errors), warnings: inFileTerms(mapping, plan.warnings) }));
      await this.rows.saveOutcomes(manager, importId, reported);
      return rows.length;
    });
  }
}
