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

/** A reorder must name every entry of the list exactly once, so no entry is left without a place. */
export class ReferenceOrderMismatchError extends AppError {
  constructor(missing: string[], unknown: string[], repeated: string[]) {
    super('REFERENCE.ORDER_MISMATCH', HttpStatus.BAD_REQUEST, 'The new order must list every entry of this list exactly once.', { missing, unknown, repeated });
  }
}
