import { Module } from '@nestjs/common';
import { MailController } from './mail.controller.js';
import { OutboxAdminService } from './outbox-admin.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { TestMailService } from './test-mail.service.js';

/** What features use: write a mail to the outbox inside their transaction. */
@Module({
  controllers: [MailController],
  providers: [OutboxService, OutboxRepository, OutboxAdminService, TestMailService],
  exports: [OutboxService, OutboxRepository, OutboxAdminService],
})
export class MailModule {}
