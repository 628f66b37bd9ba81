import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import type { JobPayloads } from '../queue/queue.contract.js';
import { ReminderDigestService } from './reminder-digest.service.js';
import { ReminderPlanner } from './reminder-planner.service.js';

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function assertRunDate(runDate: string): void {
  if (!CALENDAR_DATE.test(runDate)) throw new UnrecoverableError(`runDate must be YYYY-MM-DD: ${runDate}`);
}

/** The scheduled daily job (empty payload: today in TIME_ZONE), or a run for a chosen date. */
@Injectable()
@HandlesJob('reminders.plan-run')
export class ReminderPlanHandler implements JobHandler<'reminders.plan-run'> {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle({ runDate }: JobPayloads['reminders.plan-run']): Promise<void> {
    if (runDate !== undefined) assertRunDate(runDate);
    await this.planner.plan(runDate);
  }
}

/** One owner's digest. Safe to run twice, or twice at once: the second finds the digest made. */
@Injectable()
@HandlesJob('reminders.send-digest')
export class ReminderDigestHandler implements JobHandler<'reminders.send-digest'> {
  private readonly logger = new Logger('Reminders');

  constructor(private readonly digests: ReminderDigestService) {}

  async handle({ runDate, userId }: JobPayloads['reminders.send-digest']): Promise<void> {
    assertRunDate(runDate);
    const outcome = await this.digests.send(runDate, userId);
    if (outcome.status === 'sent') this.logger.log({ msg: 'reminder digest written', runDate, userId, outboxId: outcome.outboxId, items: outcome.items });
  }
}
