import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { QueueOperationsController } from './queue-operations.controller.js';
import { QueueOperationsService } from './queue-operations.service.js';

/** API side: the admin queue operations routes (the queues themselves come from the global QueueModule). */
@Module({ imports: [MailModule], controllers: [QueueOperationsController], providers: [QueueOperationsService] })
export class QueueOperationsModule {}
