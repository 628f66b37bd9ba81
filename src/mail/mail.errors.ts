import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class OutboxMailNotFoundError extends NotFoundError {
  constructor() {
    super('MAIL.NOT_FOUND', 'Mail');
  }
}

/** Only a failed mail can be resent: a pending or sending one is still on its way, a sent one arrived. */
export class OutboxMailNotFailedError extends AppError {
  constructor(state: string) {
    super('MAIL.NOT_FAILED', HttpStatus.CONFLICT, `Only a failed mail can be resent; this one is ${state}.`, { state });
  }
}

/** Its content was blanked (retention, or a private link it held): sending it again would say nothing. */
export class OutboxMailContentRemovedError extends AppError {
  constructor() {
    super('MAIL.CONTENT_REMOVED', HttpStatus.CONFLICT, 'This mail can no longer be resent: its content was removed under the retention rules.');
  }
}
