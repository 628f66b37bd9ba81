import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class ActivityNotFoundError extends NotFoundError {
  constructor() {
    super('PLAN.ACTIVITY_NOT_FOUND', 'Plan activity');
  }
}

export class CaseStudyNotFoundError extends NotFoundError {
  constructor() {
    super('PLAN.CASE_STUDY_NOT_FOUND', 'Case study');
  }
}

export class QuarterNotFoundError extends NotFoundError {
  constructor() {
    super('PLAN.QUARTER_NOT_FOUND', 'Quarterly update');
  }
}

export class UnknownLinkError extends AppError {
  constructor(field: string, ids: string[]) {
    super('PLAN.UNKNOWN_LINK', HttpStatus.UNPROCESSABLE_ENTITY, `${field} names records that do not exist: ${ids.join(', ')}.`, { field, ids });
  }
}

export class UnknownOwnerError extends AppError {
  constructor() {
    super('PLAN.UNKNOWN_OWNER', HttpStatus.UNPROCESSABLE_ENTITY, 'ownerId is not an active staff user.');
  }
}

export class QuarterAlreadyFrozenError extends AppError {
  constructor(quarter: string) {
    super('PLAN.QUARTER_FROZEN', HttpStatus.CONFLICT, `${quarter} is already frozen; a frozen quarter never changes.`, { quarter });
  }
}

export class QuarterNotStartedError extends AppError {
  constructor(quarter: string) {
    super('PLAN.QUARTER_NOT_STARTED', HttpStatus.UNPROCESSABLE_ENTITY, `${quarter} has not started yet.`, { quarter });
  }
}

export class QuarterNotOverError extends AppError {
  constructor(quarter: string, periodEnd: string) {
    super(
      'PLAN.QUARTER_NOT_OVER',
      HttpStatus.UNPROCESSABLE_ENTITY,
      `${quarter} runs until ${periodEnd}: freeze it after that, or freeze it early with a reason the report will show.`,
      { quarter, periodEnd },
    );
  }
}

export class ProgressInFutureError extends AppError {
  constructor(today: string) {
    super('PLAN.PROGRESS_IN_FUTURE', HttpStatus.UNPROCESSABLE_ENTITY, `A progress update cannot be dated after today (${today}).`, { today });
  }
}

export class ProgressNotFoundError extends NotFoundError {
  constructor() {
    super('PLAN.PROGRESS_NOT_FOUND', 'Progress update');
  }
}

export class ProgressWithdrawnError extends AppError {
  constructor() {
    super('PLAN.PROGRESS_WITHDRAWN', HttpStatus.CONFLICT, 'This progress update has already been withdrawn or corrected.');
  }
}

export class InvalidPeriodError extends AppError {
  constructor() {
    super('PLAN.INVALID_PERIOD', HttpStatus.BAD_REQUEST, '`to` must not be before `from`, and a period spans at most 5 years.');
  }
}
