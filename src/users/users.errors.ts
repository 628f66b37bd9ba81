import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class UserNotFoundError extends NotFoundError {
  constructor() {
    super('USER.NOT_FOUND', 'User');
  }
}

export class UserEmailTakenError extends AppError {
  constructor() {
    super('USER.EMAIL_TAKEN', HttpStatus.CONFLICT, 'A user with this email already exists.');
  }
}

export class CannotDemoteSelfError extends AppError {
  constructor() {
    super('USER.CANNOT_CHANGE_SELF', HttpStatus.UNPROCESSABLE_ENTITY, 'Admins cannot deactivate or demote themselves.');
  }
}
