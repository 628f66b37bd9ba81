import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/app-error.js';

const MAX_DEPTH = 32;
/** NUL, or a UTF-16 surrogate without its pair: neither can be stored as PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const MALFORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findMalformed(value: unknown, path: string, depth: number): string | null {
  if (typeof value === 'string') return MALFORMED.test(value) ? path || 'value' : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findMalformed(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Rejects text that the database cannot store (400 with the field), before it could become a 500. */
@Injectable()
export class RejectMalformedTextPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const field = findMalformed(value, '', 0);
    if (field) {
      throw new ValidationFailedError([{ field, messages: [`${field} contains characters that are not valid text`] }]);
    }
    return value;
  }
}
