import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class ContactNotFoundError extends NotFoundError {
  constructor() {
    super('CONTACT.NOT_FOUND', 'Contact');
  }
}

export class ContactArchivedError extends AppError {
  constructor() {
    super('CONTACT.ARCHIVED', HttpStatus.CONFLICT, 'The contact is archived; restore it before changing it.');
  }
}

export class ContactMoveError extends AppError {
  constructor(message: string) {
    super('CONTACT.CANNOT_MOVE', HttpStatus.UNPROCESSABLE_ENTITY, message);
  }
}

export class ContactErasedError extends AppError {
  constructor() {
    super('CONTACT.ERASED', HttpStatus.CONFLICT, 'The person was erased; the record only keeps the place they held.');
  }
}
