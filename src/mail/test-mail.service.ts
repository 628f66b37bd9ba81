import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.js';
import { User } from '../users/user.entity.js';
import { mailTemplates } from './mail-templates.js';
import { OutboxService } from './outbox.service.js';

@Injectable()
export class TestMailService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  sendTo(userId: string): Promise<{ outboxId: string }> {
    return this.transactions.run(async (tx) => {
      const user = await tx.manager.findOneByOrFail(User, { id: userId });
      const outboxId = await this.outbox.add(tx, user.email, mailTemplates.testMessage({ requestedAt: new Date().toISOString() }));
      return { outboxId };
    });
  }
}
