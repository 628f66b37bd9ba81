import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

const BATCH = 500;

/** Recovers outbox rows whose send job was lost, and closes rows interrupted mid-send. */
@Injectable()
@HandlesJob('mail.relay-pending')
export class MailRelayHandler implements JobHandler<'mail.relay-pending'> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outboxRepository: OutboxRepository,
    private readonly outbox: OutboxService,
  ) {}

  async handle(): Promise<void> {
    const stale = await this.outboxRepository.failStaleClaims();
    const orphans = await this.outboxRepository.findOrphanedPending(BATCH);
    for (const id of orphans) await this.outbox.dispatch(id);
    if (stale + orphans.length > 0) this.logger.log({ msg: 'outbox relay', requeued: orphans.length, interrupted: stale });
  }
}
