import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { HandlesJob, type JobContext, type JobHandler } from '../queue/job-handler.decorator.js';
import type { JobPayloads } from '../queue/queue.contract.js';
import { MailTransport, PermanentMailError } from './mail-transport.js';
import { OutboxRepository } from './outbox.repository.js';

/** Sends one outbox row. Safe to run twice: only the run that claims the row talks to SMTP. */
@Injectable()
@HandlesJob('mail.send')
export class MailSendHandler implements JobHandler<'mail.send'> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
  ) {}

  async handle({ outboxId }: JobPayloads['mail.send'], { finalAttempt }: JobContext): Promise<void> {
    const row = await this.outbox.claim(outboxId);
    if (!row) return;
    try {
      const smtpId = await this.transport.send({
        to: row.recipient,
        subject: row.subject,
        text: row.text,
        html: row.html,
        messageId: `<${row.id}@partnership-crm>`,
      });
      await this.outbox.markSent(outboxId, smtpId);
      this.logger.log({ msg: 'mail sent', outboxId, kind: row.kind });
    } catch (error: unknown) {
      // Servers often quote the address they refused; it must not reach the outbox row, the logs or the queue.
      const message = withoutAddress(error instanceof Error ? error.message : 'unknown error', row.recipient);
      // A permanent SMTP answer, or the last retry: the row is closed as failed, keeping its error.
      if (error instanceof PermanentMailError || finalAttempt) {
        await this.outbox.markFailed(outboxId, message);
        throw new UnrecoverableError(message);
      }
      await this.outbox.release(outboxId, message);
      // Rethrown without the address (and without the original as its cause, which quotes it): BullMQ keeps the
      // reason and stack of every failed attempt, and the worker logs them.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(message);
    }
  }
}

/** The SMTP error with the recipient's address (in any case) replaced, since it ends up in logs and job records. */
export function withoutAddress(message: string, recipient: string): string {
  if (recipient === '') return message;
  return message.replace(new RegExp(recipient.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[recipient]');
}
