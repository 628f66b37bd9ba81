import { Module } from '@nestjs/common';
import { QueueOperationsController } from './queue-operations.controller.js';
import { QueueOperationsService } from './queue-operations.service.js';

/** API side: the admin queue operations routes (the queues themselves come from the global QueueModule). */
@Module({ controllers: [QueueOperationsController], providers: [QueueOperationsService] })
export class QueueOperationsModule {}
