import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', HttpStatus.UNAUTHORIZED, 'The email or password is wrong, or the account is inactive.');
  }
}

export class InvalidRefreshTokenError extends AppError {
  constructor() {
    super('AUTH.REFRESH_TOKEN_INVALID', HttpStatus.UNAUTHORIZED, 'The refresh token is invalid, expired or revoked.');
  }
}

export class RefreshTokenReusedError extends AppError {
  constructor() {
    super(
      'AUTH.REFRESH_TOKEN_REUSED',
      HttpStatus.UNAUTHORIZED,
      'This refresh token was already used; every session of this login has been signed out.',
    );
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('AUTH.UNAUTHENTICATED', HttpStatus.UNAUTHORIZED, 'A valid access token is required.', {}, {
      'www-authenticate': 'Bearer',
    });
  }
}

export class ForbiddenRoleError extends AppError {
  constructor() {
    super('AUTH.FORBIDDEN', HttpStatus.FORBIDDEN, 'Your role does not allow this action.');
  }
}

export class CsrfRejectedError extends AppError {
  constructor() {
    super(
      'AUTH.CSRF_REJECTED',
      HttpStatus.FORBIDDEN,
      'This request was refused: session requests must come from the staff app itself (same origin, with the X-CSRF-Protection header).',
    );
  }
}
