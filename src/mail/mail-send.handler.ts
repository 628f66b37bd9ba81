import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import type { JobPayloads } from '../queue/queue.contract.js';
import { MailTransport, PermanentMailError } from './mail-transport.js';
import { outboxMessageId } from './outbox-message.entity.js';
import { OutboxRepository, type ClaimedMail } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

/** Delay before the retry that follows claim number `attempts`: doubling from the base, capped. */
export function retryDelayMs(attempts: number, retry: AppConfig['mail']['retry']): number {
  return Math.min(retry.baseDelayMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)), retry.maxDelayMs);
}

/**
 * Sends one outbox row. Safe to run twice: only the run that claims the row talks to SMTP. A transient
 * failure (4xx, connection error, timeout) puts the row back with a delayed job for the next attempt,
 * for as long as the retry horizon lasts; a permanent answer (5xx) closes it as failed.
 */
@Injectable()
@HandlesJob('mail.send')
export class MailSendHandler implements JobHandler<'mail.send'> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly dispatcher: OutboxService,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ outboxId }: JobPayloads['mail.send']): Promise<void> {
    const row = await this.outbox.claim(outboxId);
    if (!row) return;
    let smtpId: string;
    try {
      smtpId = await this.transport.send({ to: row.recipient, subject: row.subject, text: row.text, html: row.html, messageId: outboxMessageId(row.id) });
    } catch (error: unknown) {
      await this.failed(row, error);
      return;
    }
    await this.recordSent(row, smtpId);
    this.logger.log({ msg: 'mail sent', outboxId, kind: row.kind, attempt: row.attempts });
  }

  /**
   * SMTP took the mail: record it, trying again for a while if the database is briefly away (else the lease
   * runs out and the mail goes twice). Bounded by the send timeout, so a stop still finishes in time.
   */
  private async recordSent(row: ClaimedMail, smtpId: string): Promise<void> {
    const deadline = Date.now() + this.config.mail.sendTimeoutMs;
    for (let pause = 200; ; pause = Math.min(pause * 2, 2000)) {
      try {
        await this.outbox.markSent(row.id, smtpId);
        return;
      } catch (error: unknown) {
        if (Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  private async failed(row: ClaimedMail, error: unknown): Promise<void> {
    // Servers often quote the address they refused; it must not reach the outbox row, the logs or the queue.
    const message = withoutAddress(error instanceof Error ? error.message : 'unknown error', row.recipient);
    if (error instanceof PermanentMailError) {
      await this.outbox.markFailed(row.id, message);
      this.logger.warn({ msg: 'mail refused for good', outboxId: row.id, kind: row.kind, error: message });
      // Rethrown without the address (and without the original as its cause, which quotes it): BullMQ keeps the
      // reason of every failed job, and operators see it.
      throw new UnrecoverableError(message);
    }
    const delayMs = retryDelayMs(row.attempts, this.config.mail.retry);
    const outcome = await this.outbox.retryLater(row.id, message, delayMs, this.config.mail.retry.horizonSeconds);
    if (outcome?.status === 'pending') {
      const wait = Math.max(0, outcome.nextAttemptAt.getTime() - Date.now());
      // If this enqueue is lost too, the relay finds the row once it is overdue.
      await this.dispatcher.dispatch(row.id, outcome.attempts, wait).catch((e: unknown) =>
        this.logger.warn({ msg: 'mail retry not enqueued; the relay will', outboxId: row.id, error: e instanceof Error ? e.message : 'unknown' }),
      );
    }
    this.logger.warn({ msg: 'mail send failed', outboxId: row.id, kind: row.kind, attempt: row.attempts, error: message, outcome: outcome?.status ?? 'claim lost' });
  }
}

/** The SMTP error with the recipient's address (in any case) replaced, since it ends up in logs and job records. */
export function withoutAddress(message: string, recipient: string): string {
  if (recipient === '') return message;
  return message.replace(new RegExp(recipient.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[recipient]');
}
