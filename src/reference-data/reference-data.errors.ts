import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class ReferenceEntryNotFoundError extends NotFoundError {
  constructor() {
    super('REFERENCE.NOT_FOUND', 'Reference entry');
  }
}

export class ReferenceCodeTakenError extends AppError {
  constructor() {
    super('REFERENCE.CODE_TAKEN', HttpStatus.CONFLICT, 'An entry with this code already exists in this list.');
  }
}

/** A code that does not exist, or is retired, where a new choice is being made. */
export class UnknownReferenceError extends AppError {
  constructor(field: string, codes: string[], retired: boolean) {
    super(
      retired ? 'REFERENCE.RETIRED' : 'REFERENCE.UNKNOWN',
      HttpStatus.UNPROCESSABLE_ENTITY,
      retired
        ? `${field}: ${codes.join(', ')} ${codes.length > 1 ? 'are' : 'is'} retired and cannot be chosen anew.`
        : `${field}: unknown code ${codes.join(', ')}.`,
      { field, codes },
    );
  }
}
