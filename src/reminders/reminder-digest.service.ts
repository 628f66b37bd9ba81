import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { OutboxService } from '../mail/outbox.service.js';
import { groupDigest } from './reminder-digest.js';
import { renderDigestMail } from './reminder-digest.mail.js';
import { RemindersRepository } from './reminders.repository.js';

/** not-due: inactive, paused, weekly on another day, or this digest was already made. */
export type DigestOutcome = { status: 'not-due' } | { status: 'nothing-new' } | { status: 'sent'; outboxId: string; items: number };

/**
 * One owner's digest for one run, in one transaction: open the digest row, claim the due items
 * not yet reminded in their cycle, write one outbox mail listing them. Rolls back as a whole, so
 * a worker killed mid-run leaves nothing claimed and the retry starts over.
 */
@Injectable()
export class ReminderDigestService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: RemindersRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(runDate: string, userId: string): Promise<DigestOutcome> {
    return this.transactions.run(async (tx) => {
      const recipient = await this.repository.openDigest(tx.manager, runDate, userId);
      if (!recipient) return { status: 'not-due' };
      const items = await this.repository.claimItems(tx.manager, runDate, userId, recipient.isLead);
      if (items.length === 0) return { status: 'nothing-new' };
      const sections = groupDigest(items, {
        runDate,
        baseUrl: this.config.http.publicBaseUrl,
        dueSoonDays: this.config.reminders.dueSoonDays,
        escalateAfterDays: this.config.reminders.escalateAfterDays,
      });
      const mail = renderDigestMail({ recipientName: recipient.displayName, runDate, sections, itemCount: items.length });
      const outboxId = await this.outbox.add(tx, recipient.email, mail);
      await this.repository.closeDigest(tx.manager, runDate, userId, outboxId, items.length);
      return { status: 'sent', outboxId, items: items.length };
    });
  }
}
