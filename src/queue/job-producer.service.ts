import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppQueue, QueueBackend } from './queue-backend.js';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from './queue.contract.js';

/**
 * Enqueues jobs (API and worker alike). Queues open lazily; on shutdown (after the HTTP server
 * and the workers have drained) they close, then the backend connection is released.
 */
@Injectable()
export class JobProducer implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Promise<AppQueue>>();

  constructor(
    private readonly backend: QueueBackend,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds a job with a deterministic id: adding the same id again is a no-op while the job is kept. Refused
   * with EnqueueTimeoutError after QUEUE_ENQUEUE_TIMEOUT_MS (the backend is away): callers whose data has
   * committed answer anyway, and a sweeper enqueues the work later. An add given up on may still land once
   * the backend is back; the deterministic id makes that harmless.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string, opts: JobsOptions = {}): Promise<void> {
    const timeoutMs = this.config.queue.enqueueTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const adding = this.queue(JOB_QUEUE[name]).then((queue) => queue.add(name, payload, { ...opts, jobId }));
    adding.catch(() => undefined);
    try {
      await Promise.race([adding, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new EnqueueTimeoutError(name, timeoutMs)), timeoutMs)))]);
    } finally {
      clearTimeout(timer);
    }
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

/** The queue backend did not take a job in time (Redis or the queue database away). */
export class EnqueueTimeoutError extends Error {
  constructor(job: string, timeoutMs: number) {
    super(`enqueueing ${job} took longer than ${timeoutMs} ms; left to the sweeper`);
    this.name = 'EnqueueTimeoutError';
  }
}
