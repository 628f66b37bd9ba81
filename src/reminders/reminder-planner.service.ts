import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.js';
import { JobProducer } from '../queue/job-producer.service.js';
import { jobIds } from '../queue/queue.contract.js';
import { RemindersRepository } from './reminders.repository.js';

export interface PlannedRun {
  runDate: string;
  /** Null when this run date had already been fanned out (a repeated or concurrent planner). */
  recipients: number | null;
}

/**
 * The daily planner only fans out: it records the run (run date unique), finds who is due a digest
 * and enqueues one `reminders.send-digest` job each, with ids and dates only. The run row stays
 * locked until commit, so a concurrent planner for the same date waits, then sees it fanned out.
 * If this dies after enqueueing but before commit, the retry enqueues the same job ids again.
 */
@Injectable()
export class ReminderPlanner {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: RemindersRepository,
    private readonly producer: JobProducer,
  ) {}

  async plan(requestedDate?: string): Promise<PlannedRun> {
    const planned = await this.transactions.run(async ({ manager }) => {
      const run = await this.repository.startRun(manager, requestedDate);
      if (run.fannedOut) return { runDate: run.runDate, recipients: null };
      const recipients = await this.repository.recipients(manager, run.runDate);
      await this.producer.enqueueMany(
        'reminders.send-digest',
        recipients.map((userId) => ({ payload: { runDate: run.runDate, userId }, jobId: jobIds.reminderDigest(run.runDate, userId) })),
      );
      await this.repository.markFannedOut(manager, run.runDate, recipients.length);
      return { runDate: run.runDate, recipients: recipients.length };
    });
    this.logger.log({ msg: planned.recipients === null ? 'reminder run already planned' : 'reminder run planned', ...planned });
    return planned;
  }
}
