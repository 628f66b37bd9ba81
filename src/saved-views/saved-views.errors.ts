import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

export class SavedViewNotFoundError extends NotFoundError {
  constructor() {
    super('SAVED_VIEW.NOT_FOUND', 'Saved view');
  }
}

export class SavedViewNotOwnerError extends AppError {
  constructor() {
    super('SAVED_VIEW.NOT_OWNER', HttpStatus.FORBIDDEN, 'Only the person who saved this view can change or delete it; save a copy under your own name.');
  }
}

export class SavedViewNameTakenError extends AppError {
  constructor() {
    super('SAVED_VIEW.NAME_TAKEN', HttpStatus.CONFLICT, 'You already have a saved view with this name.');
  }
}

export class TooManySavedViewsError extends AppError {
  constructor(max: number) {
    super('SAVED_VIEW.TOO_MANY', HttpStatus.UNPROCESSABLE_ENTITY, `You can keep at most ${max} saved views; delete one first.`, { max });
  }
}
