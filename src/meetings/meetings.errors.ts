import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class MeetingNotFoundError extends NotFoundError {
  constructor() {
    super('MEETING.NOT_FOUND', 'Meeting');
  }
}

export class ActionNotFoundError extends NotFoundError {
  constructor() {
    super('ACTION.NOT_FOUND', 'Action');
  }
}

/** A referenced partner, staff user or contact does not exist or cannot be used. */
export class MeetingReferenceError extends AppError {
  constructor(field: string, message: string, ids: string[]) {
    super('MEETING.INVALID_REFERENCE', HttpStatus.UNPROCESSABLE_ENTITY, `${field}: ${message}`, { field, ids });
  }
}
