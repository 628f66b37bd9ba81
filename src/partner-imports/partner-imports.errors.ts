import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { PartnerImportStatus } from './partner-import.entity.js';

export class PartnerImportNotFoundError extends NotFoundError {
  constructor() {
    super('IMPORT.NOT_FOUND', 'Partner import');
  }
}

export class ImportFileTooLargeError extends AppError {
  constructor(maxBytes: number) {
    // Refused before the body is read: close the connection rather than drain the rest of it.
    super('IMPORT.FILE_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, `An import file may be at most ${maxBytes} bytes.`, { maxBytes }, {
      connection: 'close',
    });
  }
}

export class ImportTooManyRowsError extends AppError {
  constructor(maxRows: number) {
    super('IMPORT.TOO_MANY_ROWS', HttpStatus.PAYLOAD_TOO_LARGE, `An import file may hold at most ${maxRows} rows; split the file.`, {
      maxRows,
    });
  }
}

export class ImportMediaTypeError extends AppError {
  constructor(declared: string) {
    super(
      'IMPORT.UNSUPPORTED_MEDIA_TYPE',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      `Send the file as the request body with Content-Type text/csv (UTF-8); got ${declared || '(none)'}.`,
      { declared },
    );
  }
}

export class ImportEmptyFileError extends AppError {
  constructor() {
    super('IMPORT.EMPTY_FILE', HttpStatus.BAD_REQUEST, 'The file has no data rows: send a header row and at least one row.');
  }
}

export class ImportNotUtf8Error extends AppError {
  constructor() {
    super(
      'IMPORT.WRONG_ENCODING',
      HttpStatus.BAD_REQUEST,
      'The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.',
    );
  }
}

export class ImportInvalidTextError extends AppError {
  constructor(line: number) {
    super(
      'IMPORT.INVALID_TEXT',
      HttpStatus.BAD_REQUEST,
      `Line ${line} holds a NUL character, which text cannot contain: the file is binary or not saved as CSV.`,
      { line },
    );
  }
}

export class ImportCsvSyntaxError extends AppError {
  constructor(message: string, line: number) {
    super('IMPORT.CSV_SYNTAX', HttpStatus.BAD_REQUEST, `The file is not valid CSV: ${message}.`, { line });
  }
}

export class ImportHeaderError extends AppError {
  constructor(problem: { unknown: string[]; missing: string[]; repeated: string[] }, allowed: readonly string[]) {
    const parts = [
      problem.unknown.length > 0 ? `unknown columns: ${problem.unknown.join(', ')}` : '',
      problem.missing.length > 0 ? `missing required columns: ${problem.missing.join(', ')}` : '',
      problem.repeated.length > 0 ? `columns given twice: ${problem.repeated.join(', ')}` : '',
    ].filter(Boolean);
    super('IMPORT.INVALID_HEADER', HttpStatus.UNPROCESSABLE_ENTITY, `The header row is not usable (${parts.join('; ')}).`, {
      ...problem,
      allowed,
    });
  }
}

export class ImportNotReadyError extends AppError {
  constructor(status: PartnerImportStatus) {
    super(
      'IMPORT.NOT_READY',
      HttpStatus.CONFLICT,
      status === 'validating'
        ? 'The dry run is still going; commit once the import is validated.'
        : 'The dry run of this import failed; upload the file again.',
      { importStatus: status },
    );
  }
}

export class ImportAlreadyCommittedError extends AppError {
  constructor(status: PartnerImportStatus) {
    super('IMPORT.ALREADY_COMMITTED', HttpStatus.CONFLICT, 'This import has already been committed (or is being committed).', { importStatus: status });
  }
}
