import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction.js';
import { PartnerImportRowsRepository } from '../partner-import-rows.repository.js';
import { PartnerImportsRepository } from '../partner-imports.repository.js';
import { InFileIndex } from '../planning/in-file-index.js';
import { planRows } from '../planning/row-planner.js';

/** Rows classified per transaction: a progress step, and the most a retry repeats. */
export const DRY_RUN_CHUNK = 1000;
const INDEX_PAGE = 10_000;

/**
 * The dry run: classifies every row as the API would treat it, writing nothing but the rows'
 * outcomes. It works a chunk at a time, each chunk under the import's row lock, so progress shows
 * as it goes and a second run of the same job (a retry, a stalled job handed out again) takes
 * turns with the first and only picks up rows still pending. Safe to run any number of times.
 */
@Injectable()
export class PartnerImportDryRun {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly imports: PartnerImportsRepository,
    private readonly rows: PartnerImportRowsRepository,
  ) {}

  async run(importId: string): Promise<void> {
    const index = await this.indexRows(importId);
    let after = 0;
    for (;;) {
      const next = await this.transactions.run(async ({ manager }) => {
        // Outcomes lost in a crash are only rows pending again, so a chunk need not wait for its WAL flush.
        await manager.query('SET LOCAL synchronous_commit = off');
        if (!(await this.imports.heartbeat(manager, importId, 'dry-run'))) return null;
        const rows = await this.rows.next(manager, importId, 'dry-run', after, DRY_RUN_CHUNK);
        if (rows.length === 0) {
          if (await this.imports.finish(manager, importId, 'dry-run')) this.logger.log({ msg: 'partner import validated', importId });
          return null;
        }
        const plannable = rows.map(({ rowNumber, cells }) => ({
          rowNumber,
          cells,
          duplicateRows: index.earlierLookAlikes(rowNumber, cells),
          sameRefRow: index.earlierSameRef(rowNumber, cells),
        }));
        const plans = await planRows(manager, plannable, { validate: true, lock: false, now: new Date() });
        await this.rows.saveOutcomes(manager, importId, plans);
        return rows[rows.length - 1].rowNumber;
      });
      if (next === null) return;
      after = next;
    }
  }

  /** Every row's identity first: whether a row repeats an earlier one cannot wait for the earlier one's chunk. */
  private async indexRows(importId: string): Promise<InFileIndex> {
    const index = new InFileIndex();
    for (let after = 0; ; ) {
      const page = await this.rows.identityCells(importId, after, INDEX_PAGE);
      for (const row of page) index.add(row.rowNumber, row.cells);
      if (page.length < INDEX_PAGE) return index;
      after = page[page.length - 1].rowNumber;
    }
  }
}
