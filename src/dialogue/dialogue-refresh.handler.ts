import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.js';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { DialogueDates } from './dialogue-dates.js';

/** Hourly: a scheduled meeting whose time has passed becomes the partner's last dialogue. Idempotent. */
@Injectable()
@HandlesJob('dialogue.refresh-passed')
export class DialogueRefreshHandler implements JobHandler<'dialogue.refresh-passed'> {
  private readonly logger = new Logger('Dialogue');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dialogueDates: DialogueDates,
  ) {}

  async handle(): Promise<void> {
    const refreshed = await this.transactions.run(({ manager }) => this.dialogueDates.refreshWhere(manager, 'scheduled-passed'));
    if (refreshed > 0) this.logger.log({ msg: 'dialogue dates refreshed', partners: refreshed });
  }
}
