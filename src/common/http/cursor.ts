import { HttpStatus } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

export class InvalidCursorError extends AppError {
  constructor() {
    super('REQUEST.INVALID_CURSOR', HttpStatus.BAD_REQUEST, 'The cursor is not valid for this list; start again without it.');
  }
}

/** Opaque keyset cursor: the sort key and id of the last row, bound to the sort it was made for. */
export function encodeCursor(sort: string, values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string): (string | number | null)[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown; v?: unknown };
    if (parsed.s !== sort || !Array.isArray(parsed.v)) throw new InvalidCursorError();
    return parsed.v as (string | number | null)[];
  } catch {
    throw new InvalidCursorError();
  }
}
