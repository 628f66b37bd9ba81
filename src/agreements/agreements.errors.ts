import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { AgreementStatus } from './agreement.entity.js';

export class AgreementNotFoundError extends NotFoundError {
  constructor() {
    super('AGREEMENT.NOT_FOUND', 'Agreement');
  }
}

export class IllegalTransitionError extends AppError {
  constructor(from: AgreementStatus, to: AgreementStatus, allowed: readonly AgreementStatus[]) {
    super(
      'AGREEMENT.ILLEGAL_TRANSITION',
      HttpStatus.UNPROCESSABLE_ENTITY,
      allowed.length > 0
        ? `An agreement cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.join(', ')}.`
        : `An agreement cannot go from ${from} to ${to}; ${from} is final.`,
      { from, to, allowed },
    );
  }
}

export class EndDatePassedError extends AppError {
  constructor(endDate: string) {
    super(
      'AGREEMENT.END_DATE_PASSED',
      HttpStatus.UNPROCESSABLE_ENTITY,
      `The end date ${endDate} has passed; give a new endDate to renew the agreement.`,
      { endDate },
    );
  }
}

export class NotYetEndedError extends AppError {
  constructor(endDate: string | null) {
    super(
      'AGREEMENT.NOT_YET_ENDED',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Only an agreement whose end date has passed can be marked expired; to end it early, terminate it.',
      { endDate },
    );
  }
}

export class NotYetStartedError extends AppError {
  constructor(startDate: string) {
    super(
      'AGREEMENT.NOT_YET_STARTED',
      HttpStatus.UNPROCESSABLE_ENTITY,
      `The agreement starts on ${startDate}: it can be active from that day. Until then, keep it as a draft.`,
      { startDate },
    );
  }
}

export class InvalidDatesError extends AppError {
  constructor(message: string) {
    super('AGREEMENT.INVALID_DATES', HttpStatus.UNPROCESSABLE_ENTITY, message);
  }
}

export class UnknownPartyError extends AppError {
  constructor(ids: string[]) {
    super('AGREEMENT.UNKNOWN_PARTY', HttpStatus.UNPROCESSABLE_ENTITY, `parties: no partner with id ${ids.join(', ')}.`, { ids });
  }
}

export class ArchivedPartyError extends AppError {
  constructor(ids: string[]) {
    super(
      'AGREEMENT.PARTY_ARCHIVED',
      HttpStatus.UNPROCESSABLE_ENTITY,
      `parties: ${ids.join(', ')} ${ids.length > 1 ? 'are' : 'is'} archived and cannot be added.`,
      { ids },
    );
  }
}

export class UnknownAgreementOwnerError extends AppError {
  constructor() {
    super('AGREEMENT.UNKNOWN_OWNER', HttpStatus.UNPROCESSABLE_ENTITY, 'ownerId must be an active staff user.');
  }
}
