import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';

/**
 * A sign-in link that does not work, whatever the reason (used, expired, altered, another organisation's, or
 * its holder no longer linked to the organisation): one answer, so a link's holder learns nothing more.
 */
export class PortalLinkInvalidError extends AppError {
  constructor() {
    super(
      'PORTAL.LINK_INVALID',
      HttpStatus.GONE,
      'This sign-in link does not work. Links work once, for 15 minutes, and only for the organisation they were sent for. Ask for a new link on the portal sign-in page.',
    );
  }
}

export class PortalSignInRequiredError extends AppError {
  constructor() {
    super('PORTAL.SIGN_IN_REQUIRED', HttpStatus.UNAUTHORIZED, 'Please sign in to the partner portal to see this page.');
  }
}

export class PortalCsrfRejectedError extends AppError {
  constructor() {
    super('PORTAL.CSRF_REJECTED', HttpStatus.FORBIDDEN, 'This form can only be sent from its own page in the partner portal. Go back, reload the page and try again.');
  }
}

export class PortalRateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('PORTAL.RATE_LIMITED', HttpStatus.TOO_MANY_REQUESTS, 'Too many sign-in links were asked for; please wait a while and try again.', {
      retryAfterSeconds,
    }, { 'retry-after': String(retryAfterSeconds) });
  }
}

export class PortalContactUnreachableError extends AppError {
  constructor(why: string) {
    super('PORTAL.CONTACT_UNREACHABLE', HttpStatus.UNPROCESSABLE_ENTITY, why);
  }
}

export class PortalProposalNotFoundError extends NotFoundError {
  constructor() {
    super('PORTAL.PROPOSAL_NOT_FOUND', 'Proposal');
  }
}

export class PortalProposalDecidedError extends AppError {
  constructor(status: string) {
    super('PORTAL.PROPOSAL_DECIDED', HttpStatus.CONFLICT, `This proposal has already been ${status}.`, { decision: status });
  }
}

export class PortalClaimNotFoundError extends NotFoundError {
  constructor() {
    super('PORTAL.CLAIM_NOT_FOUND', 'Claim');
  }
}

export class PortalClaimDecidedError extends AppError {
  constructor(status: string) {
    super('PORTAL.CLAIM_DECIDED', HttpStatus.CONFLICT, `This claim has already been decided (${status}).`, { decision: status });
  }
}

export class PortalNotClaimableError extends AppError {
  constructor() {
    super('PORTAL.NOT_CLAIMABLE', HttpStatus.CONFLICT, 'This organisation cannot be claimed: it is not in the published list, or it already has portal users. Ask a colleague who uses the portal to invite you.');
  }
}
