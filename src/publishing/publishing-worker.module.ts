import { Module } from '@nestjs/common';
import { FirstPublication } from './first-publication.js';
import { PublishHandler } from './publish.handler.js';
import { PublisherService } from './publisher.service.js';

/** Worker side: the scheduled publish job, and the first publication when none exists. */
@Module({ providers: [PublisherService, PublishHandler, FirstPublication] })
export class PublishingWorkerModule {}
