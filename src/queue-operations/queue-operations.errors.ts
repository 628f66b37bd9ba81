import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class QueueNotFoundError extends NotFoundError {
  constructor() {
    super('QUEUE.NOT_FOUND', 'Queue');
  }
}

export class QueueJobNotFoundError extends NotFoundError {
  constructor() {
    super('QUEUE.JOB_NOT_FOUND', 'Job');
  }
}

/** Retry and discard act on failed jobs only: a waiting, running or scheduled job belongs to the workers. */
export class QueueJobNotFailedError extends AppError {
  constructor(state: string) {
    super('QUEUE.JOB_NOT_FAILED', HttpStatus.CONFLICT, `Only a failed job can be retried or discarded; this one is ${state}.`, { state });
  }
}
