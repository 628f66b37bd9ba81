import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { withPrivacyNotice } from '../data-protection/privacy-notice.js';
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
  constructor(
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails to the public get the privacy notice appended (withPrivacyNotice). */
  async add(tx: Transaction, recipient: string, rendered: RenderedMail): Promise<string> {
    const mail = withPrivacyNotice(rendered, this.config.privacy);
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
