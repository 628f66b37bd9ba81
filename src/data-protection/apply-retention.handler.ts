import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import type { JobPayloads } from '../queue/queue.contract.js';
import { RetentionService } from './retention.service.js';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The daily retention run (empty payload: now), or a run as of a chosen moment. Running it twice changes nothing more. */
@Injectable()
@HandlesJob('data-protection.apply-retention')
export class ApplyRetentionHandler implements JobHandler<'data-protection.apply-retention'> {
  private readonly logger = new Logger('DataProtection');

  constructor(private readonly retention: RetentionService) {}

  async handle({ asOf }: JobPayloads['data-protection.apply-retention']): Promise<void> {
    const moment = asOf === undefined ? new Date() : new Date(asOf);
    if (asOf !== undefined && (!ISO_8601.test(asOf) || Number.isNaN(moment.getTime()))) {
      throw new UnrecoverableError('asOf must be an ISO 8601 date or date-time');
    }
    const outcome = await this.retention.apply(moment);
    this.logger.log({ msg: 'retention applied', asOf: moment.toISOString(), ...outcome });
  }
}
