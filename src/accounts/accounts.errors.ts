import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import type { PasswordTokenPurpose } from './password-token.entity.js';

/** A link that is unknown, expired, used, replaced by a newer one, or whose user was deactivated. */
export class PasswordLinkInvalidError extends AppError {
  constructor(purpose: PasswordTokenPurpose) {
    super(
      purpose === 'invitation' ? 'AUTH.INVITATION_INVALID' : 'AUTH.RESET_TOKEN_INVALID',
      HttpStatus.GONE,
      purpose === 'invitation'
        ? 'This invitation link has expired, has been used, or has been replaced by a newer invitation.'
        : 'This password reset link has expired, has been used, or has been replaced by a newer one.',
    );
  }
}

export class InvitationNotPendingError extends AppError {
  constructor() {
    super('USER.INVITATION_NOT_PENDING', HttpStatus.CONFLICT, 'This user has already set a password, or is deactivated: there is no invitation to send.');
  }
}

export class CurrentPasswordWrongError extends AppError {
  constructor() {
    const message = 'This is not your current password.';
    super('AUTH.CURRENT_PASSWORD_WRONG', HttpStatus.UNPROCESSABLE_ENTITY, message, { errors: [{ field: 'currentPassword', messages: [message] }] });
  }
}
