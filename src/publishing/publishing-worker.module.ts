import { Module } from '@nestjs/common';
import { PublishHandler } from './publish.handler.js';
import { PublisherService } from './publisher.service.js';

/** Worker side: the scheduled publish job. */
@Module({ providers: [PublisherService, PublishHandler] })
export class PublishingWorkerModule {}
