import { Module } from '@nestjs/common';
import { DialogueDates } from '../dialogue/dialogue-dates.js';
import { PartnerImportCommit } from './jobs/partner-import-commit.js';
import { PartnerImportDryRun } from './jobs/partner-import-dry-run.js';
import {
  PartnerImportCommitHandler,
  PartnerImportDryRunHandler,
  PartnerImportPurgeHandler,
  PartnerImportResumeHandler,
} from './jobs/partner-import-jobs.handlers.js';
import { PartnerImportWriter } from './jobs/partner-import-writer.js';
import { PartnerImportRowsRepository } from './partner-import-rows.repository.js';
import { PartnerImportsRepository } from './partner-imports.repository.js';

/** Worker side of partner CSV imports: the dry run, the commit, resuming stalled imports, retention. */
@Module({
  providers: [
    PartnerImportsRepository,
    PartnerImportRowsRepository,
    PartnerImportDryRun,
    PartnerImportCommit,
    PartnerImportWriter,
    DialogueDates,
    PartnerImportDryRunHandler,
    PartnerImportCommitHandler,
    PartnerImportResumeHandler,
    PartnerImportPurgeHandler,
  ],
})
export class PartnerImportsWorkerModule {}
