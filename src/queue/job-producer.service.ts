import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { AppQueue, QueueBackend } from './queue-backend.js';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from './queue.contract.js';

/**
 * Enqueues jobs (API and worker alike). Queues open lazily; on shutdown (after the HTTP server
 * and the workers have drained) they close, then the backend connection is released.
 */
@Injectable()
export class JobProducer implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Promise<AppQueue>>();

  constructor(private readonly backend: QueueBackend) {}

  /** Adds a job with a deterministic id: adding the same id again is a no-op while the job is kept. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string, opts: JobsOptions = {}): Promise<void> {
    const queue = await this.queue(JOB_QUEUE[name]);
    await queue.add(name, payload, { ...opts, jobId });
  }

  /** Adds many jobs of one name in bulk (a fan-out), each with its own deterministic id. */
  async enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId: string }[], chunkSize = 1000): Promise<void> {
    const queue = await this.queue(JOB_QUEUE[name]);
    for (let start = 0; start < jobs.length; start += chunkSize) {
      await queue.addBulk(jobs.slice(start, start + chunkSize).map((job) => ({ name, data: job.payload, opts: { jobId: job.jobId } })));
    }
  }

  queue(name: QueueName): Promise<AppQueue> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    const queues = await Promise.all(this.queues.values());
    await Promise.all(queues.map((q) => q.close()));
    this.queues.clear();
    await this.backend.release();
  }
}
