import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppError } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { HandlesJob, type JobContext, type JobHandler } from '../../queue/job-handler.decorator.js';
import { JobProducer } from '../../queue/job-producer.service.js';
import { jobIds, type JobPayloads } from '../../queue/queue.contract.js';
import { PartnerImportsRepository, type ImportPhase } from '../partner-imports.repository.js';
import { PartnerImportCommit } from './partner-import-commit.js';
import { PartnerImportDryRun } from './partner-import-dry-run.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An import in progress whose job has not finished a chunk for this long is enqueued again (same job id). */
export const STALLED_AFTER_SECONDS = 300;

/** Runs a phase; when the last attempt fails, the import is marked failed with a reason a user can read. */
async function runPhase(
  imports: PartnerImportsRepository,
  phase: ImportPhase,
  importId: string,
  context: JobContext,
  work: () => Promise<void>,
): Promise<void> {
  if (!UUID.test(importId)) throw new UnrecoverableError(`importId must be a uuid: ${importId}`);
  try {
    await work();
  } catch (error: unknown) {
    if (context.finalAttempt) {
      const reason = error instanceof AppError ? `${error.code}: ${error.message}` : `SERVER.ERROR: the ${phase} stopped after repeated errors.`;
      await imports.fail(importId, phase, reason);
    }
    throw error;
  }
}

@Injectable()
@HandlesJob('partner-imports.dry-run')
export class PartnerImportDryRunHandler implements JobHandler<'partner-imports.dry-run'> {
  constructor(
    private readonly dryRun: PartnerImportDryRun,
    private readonly imports: PartnerImportsRepository,
  ) {}

  handle({ importId }: JobPayloads['partner-imports.dry-run'], context: JobContext): Promise<void> {
    return runPhase(this.imports, 'dry-run', importId, context, () => this.dryRun.run(importId));
  }
}

@Injectable()
@HandlesJob('partner-imports.commit')
export class PartnerImportCommitHandler implements JobHandler<'partner-imports.commit'> {
  constructor(
    private readonly commit: PartnerImportCommit,
    private readonly imports: PartnerImportsRepository,
  ) {}

  handle({ importId }: JobPayloads['partner-imports.commit'], context: JobContext): Promise<void> {
    return runPhase(this.imports, 'commit', importId, context, () => this.commit.run(importId));
  }
}

/** Every 5 minutes: an import whose job was never enqueued (or was lost) gets it again; ids are deterministic. */
@Injectable()
@HandlesJob('partner-imports.resume-stalled')
export class PartnerImportResumeHandler implements JobHandler<'partner-imports.resume-stalled'> {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly imports: PartnerImportsRepository,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<void> {
    for (const stalled of await this.imports.stalled(STALLED_AFTER_SECONDS)) {
      const payload = { importId: stalled.id };
      if (stalled.status === 'validating') {
        await this.producer.enqueue('partner-imports.dry-run', payload, jobIds.partnerImportDryRun(stalled.id, stalled.version));
      } else {
        await this.producer.enqueue('partner-imports.commit', payload, jobIds.partnerImportCommit(stalled.id, stalled.commitAttempts));
      }
      this.logger.log({ msg: 'stalled partner import enqueued again', importId: stalled.id, status: stalled.status });
    }
  }
}

/** Daily retention: uploaded rows are kept PARTNER_IMPORT_RETENTION_DAYS; the audit trail keeps what was changed. */
@Injectable()
@HandlesJob('partner-imports.purge-expired')
export class PartnerImportPurgeHandler implements JobHandler<'partner-imports.purge-expired'> {
  private readonly logger = new Logger('PartnerImports');

  constructor(
    private readonly imports: PartnerImportsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const purged = await this.imports.purgeOlderThan(this.config.partnerImports.retentionDays);
    if (purged > 0) this.logger.log({ msg: 'partner imports purged', purged });
  }
}
