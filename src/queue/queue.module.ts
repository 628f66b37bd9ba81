import { Global, Module } from '@nestjs/common';
import { JobProducer } from './job-producer.service.js';
import { QueueBackend } from './queue-backend.js';

/** Producing side of the queues; available to the API and the worker. */
@Global()
@Module({ providers: [QueueBackend, JobProducer], exports: [QueueBackend, JobProducer] })
export class QueueModule {}
