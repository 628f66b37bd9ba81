import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/app-error.js';

/** PostgreSQL's integer: a path number outside it can name no row, and would fail the query as a 500. */
const INT4_MAX = 2_147_483_647;

/**
 * A whole number path parameter within PostgreSQL's integer range (Nest's ParseIntPipe takes
 * 12345678901234567890, which the database then refuses): anything else is 400 REQUEST.VALIDATION_FAILED.
 */
@Injectable()
export class ParseInt4Pipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number <= INT4_MAX) return number;
    const field = metadata.data ?? 'parameter';
    throw new ValidationFailedError([{ field, messages: [`${field} must be a whole number from 0 to ${INT4_MAX}`] }]);
  }
}
