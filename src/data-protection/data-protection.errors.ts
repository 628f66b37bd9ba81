import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';

/** The person was erased and asked not to be added again or contacted. */
export class SuppressedError extends AppError {
  constructor() {
    super('DATA_PROTECTION.SUPPRESSED', HttpStatus.CONFLICT, 'This person was erased at their request and cannot be added again.');
  }
}

/** Staff accounts are people too, but they are managed (deactivated) as accounts, not erased as data subjects. */
export class StaffAccountError extends AppError {
  constructor() {
    super(
      'DATA_PROTECTION.STAFF_ACCOUNT',
      HttpStatus.CONFLICT,
      'This address belongs to a staff account; deactivate the account and handle it as a staff record instead.',
    );
  }
}
