import { HttpStatus } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

/** Strong ETag for a versioned record: `"<version>"`. */
export const etagFor = (version: number): string => `"${version}"`;

/** Sets the ETag of a versioned view on the reply and returns the view (controllers' one-liner). */
export function withEtag<T extends { version: number }>(reply: { header(name: string, value: string): unknown }, view: T): T {
  reply.header('etag', etagFor(view.version));
  return view;
}

export const IF_MATCH_HEADER = { name: 'If-Match', required: true, description: 'The ETag (version) you last read.' };

export class PreconditionRequiredError extends AppError {
  constructor() {
    super(
      'REQUEST.PRECONDITION_REQUIRED',
      HttpStatus.PRECONDITION_REQUIRED,
      'Send If-Match with the ETag you last read, so a concurrent change is never overwritten.',
    );
  }
}

export class StaleVersionError extends AppError {
  constructor(code: string, currentVersion: number) {
    super(code, HttpStatus.PRECONDITION_FAILED, 'The record changed since you read it; reload and apply your change again.', {
      currentVersion,
    });
  }
}

/** RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag never matches: the precondition fails. */
export class WeakEtagError extends AppError {
  constructor() {
    super(
      'REQUEST.WEAK_ETAG',
      HttpStatus.PRECONDITION_FAILED,
      'If-Match needs the strong ETag exactly as you read it (such as "3"); a weak one (W/"3") never matches.',
    );
  }
}

/** Parses If-Match (`"3"`, or a bare `3`) into the version the client last read; a weak tag fails. */
export function parseIfMatch(header: string | undefined): number {
  if (!header) throw new PreconditionRequiredError();
  const value = header.trim();
  if (/^W\//i.test(value)) throw new WeakEtagError();
  const match = /^"?(\d+)"?$/.exec(value);
  if (!match) throw new PreconditionRequiredError();
  return Number(match[1]);
}

/** Throws 412 unless the client's version is the current one. */
export function assertVersion(code: string, expected: number, current: number): void {
  if (expected !== current) throw new StaleVersionError(code, current);
}
