import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { PublisherService } from './publisher.service.js';

/** Hourly publish; a run with nothing new creates no version, so running it twice is harmless. */
@Injectable()
@HandlesJob('publishing.publish')
export class PublishHandler implements JobHandler<'publishing.publish'> {
  constructor(private readonly publisher: PublisherService) {}

  async handle(): Promise<void> {
    await this.publisher.publish(null);
  }
}
