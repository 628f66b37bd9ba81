import { HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * The base of every error a client may see: a stable, dotted `code` clients can branch on
 * (e.g. `AUTH.INVALID_CREDENTIALS`), the HTTP status, and a human message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationFailedError extends AppError {
  constructor(errors: FieldProblem[]) {
    super('REQUEST.VALIDATION_FAILED', HttpStatus.BAD_REQUEST, 'The request is not valid.', { errors });
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, what: string) {
    super(code, HttpStatus.NOT_FOUND, `${what} was not found.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(code: string, retryAfterSeconds: number) {
    super(code, HttpStatus.TOO_MANY_REQUESTS, 'Too many requests; try again later.', { retryAfterSeconds }, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}
