import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

const BATCH = 500;

/**
 * Every MAIL_RELAY_EVERY_MS (a minute): sends again the rows whose worker died mid-send (their lease expired), and enqueues
 * pending rows whose job was lost (the API could not enqueue, or Redis restarted empty).
 */
@Injectable()
@HandlesJob('mail.relay-pending')
export class MailRelayHandler implements JobHandler<'mail.relay-pending'> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outboxRepository: OutboxRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const { leaseSeconds, retry, relayEveryMs } = this.config.mail;
    const reclaimed = await this.outboxRepository.reclaimExpiredLeases(leaseSeconds, retry.horizonSeconds);
    // Overdue by one relay interval (a minute by default): their own job had its chance.
    const overdue = await this.outboxRepository.findOverduePending(BATCH, relayEveryMs);
    const due = new Map([...overdue, ...reclaimed].map((row) => [row.id, row]));
    for (const row of due.values()) await this.outbox.dispatch(row.id, row.attempts);
    if (due.size > 0) this.logger.log({ msg: 'outbox relay', requeued: overdue.length, interrupted: reclaimed.length });
  }
}
