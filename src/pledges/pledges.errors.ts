import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { SignatureStatus } from './signature.entity.js';

export class PledgeNotFoundError extends NotFoundError {
  constructor() {
    super('PLEDGE.NOT_FOUND', 'Pledge');
  }
}

export class SignatureNotFoundError extends NotFoundError {
  constructor() {
    super('SIGNATURE.NOT_FOUND', 'Signature');
  }
}

/** Unknown, malformed or forged link: said the same way whatever the reason. */
export class TokenInvalidError extends AppError {
  constructor() {
    super('PLEDGE.TOKEN_INVALID', HttpStatus.NOT_FOUND, 'This link is not valid. Check that you copied the whole link from the email.');
  }
}

export class TokenExpiredError extends AppError {
  constructor() {
    super('PLEDGE.TOKEN_EXPIRED', HttpStatus.GONE, 'This link has expired. Please sign again to get a new one.');
  }
}

/** What a used link's holder is told: where their signature stands, in words. */
const STATE_OF_SIGNATURE: Readonly<Record<string, string>> = {
  submitted: 'A newer link has replaced this one: use the link in the most recent email we sent you.',
  verified: 'You have already confirmed this signature; nothing more is needed from you.',
  rejected: 'You have already confirmed this signature; nothing more is needed from you.',
  approved: 'You have already confirmed this signature, and it has been approved.',
  suspended: 'You have already confirmed this signature. It is suspended for now: the partnerships team will be in touch.',
  withdrawn: 'This signature has already been withdrawn. To sign again, fill in the form on the pledge’s page.',
};

export class TokenUsedError extends AppError {
  constructor(signatureStatus?: string) {
    const state = signatureStatus ? STATE_OF_SIGNATURE[signatureStatus] : undefined;
    super('PLEDGE.TOKEN_USED', HttpStatus.GONE, `This link has already been used. ${state ?? ''}`.trim());
  }
}

export class SignRateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('PLEDGE.RATE_LIMITED', HttpStatus.TOO_MANY_REQUESTS, 'Too many signatures from your network; please try again later.', {
      retryAfterSeconds,
    }, { 'retry-after': String(retryAfterSeconds) });
  }
}

export class CrossSiteFormError extends AppError {
  constructor() {
    super('PLEDGE.CROSS_SITE_FORM', HttpStatus.FORBIDDEN, 'This form can only be sent from its own page.');
  }
}

export class UnknownCommitmentError extends AppError {
  constructor(codes: string[]) {
    super('PLEDGE.UNKNOWN_COMMITMENT', HttpStatus.UNPROCESSABLE_ENTITY, `commitments: not offered by this pledge: ${codes.join(', ')}.`, {
      field: 'commitments',
      codes,
    });
  }
}

export class InvalidSignatureTransitionError extends AppError {
  constructor(from: SignatureStatus, action: string) {
    super('SIGNATURE.INVALID_TRANSITION', HttpStatus.CONFLICT, `A ${from} signature cannot be ${action}.`, { signatureStatus: from });
  }
}

export class ApprovalChoiceRequiredError extends AppError {
  constructor(message: string) {
    super('SIGNATURE.APPROVAL_CHOICE_REQUIRED', HttpStatus.UNPROCESSABLE_ENTITY, message);
  }
}

export class TextVersionChangedError extends AppError {
  constructor(current: number) {
    super('PLEDGE.TEXT_CHANGED', HttpStatus.CONFLICT, 'The text of this pledge has changed since you read it. Please read the new version before signing.', {
      field: 'textVersion',
      currentVersion: current,
    });
  }
}

/** Name display is an individual's choice; an organisation's listing is withdrawn with the signature. */
export class NoNameDisplayError extends AppError {
  constructor() {
    super(
      'SIGNATURE.NO_NAME_DISPLAY',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'This signature is for an organisation, so there is no name display to withdraw on its own. To stop being listed, withdraw the signature.',
    );
  }
}
