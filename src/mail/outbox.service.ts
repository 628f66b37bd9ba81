import { Injectable } from '@nestjs/common';
import { JobProducer } from '../queue/job-producer.service.js';
import { jobIds } from '../queue/queue.contract.js';
import type { Transaction } from '../database/transaction.js';
import type { RenderedMail } from './mail-templates.js';
import { OutboxMessage } from './outbox-message.entity.js';

/**
 * The only way the product sends mail: a row written inside the caller's transaction, and a job
 * (carrying only the row id) enqueued after commit. If the enqueue is lost, the relay job finds it.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly producer: JobProducer) {}

  async add(tx: Transaction, recipient: string, mail: RenderedMail): Promise<string> {
    const row = tx.manager.create(OutboxMessage, {
      kind: mail.kind,
      recipient,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
    });
    const { id } = await tx.manager.save(row);
    tx.afterCommit(() => this.dispatch(id));
    return id;
  }

  /** Enqueues the send of a pending row; `attempts` (its claims so far) names the job, `delayMs` defers it. */
  dispatch(outboxId: string, attempts = 0, delayMs = 0): Promise<void> {
    return this.producer.enqueue('mail.send', { outboxId }, jobIds.mailSend(outboxId, attempts), delayMs > 0 ? { delay: delayMs } : {});
  }
}
