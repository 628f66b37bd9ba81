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
      `Send the CSV file as the request body (text/csv, application/vnd.ms-excel, text/plain, or application/octet-stream with a .csv fileName; UTF-8 or Windows-1252); got ${declared || '(none)'}.`,
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
      'The file is not UTF-8 text (or is UTF-16). Save it as "CSV UTF-8", or upload it with encoding=windows-1252.',
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

export interface MappingProblem {
  unknownColumns: string[];
  unknownFields: string[];
  repeatedTargets: string[];
  missingRequired: string[];
  unknownCodes: { field: string; codes: string[] }[];
}

export class ImportMappingInvalidError extends AppError {
  constructor(problem: MappingProblem) {
    const parts = [
      problem.unknownColumns.length > 0 ? `columns the file does not have: ${problem.unknownColumns.join(', ')}` : '',
      problem.unknownFields.length > 0 ? `no such partner field: ${problem.unknownFields.join(', ')}` : '',
      problem.repeatedTargets.length > 0 ? `fields mapped from more than one column: ${problem.repeatedTargets.join(', ')}` : '',
      problem.missingRequired.length > 0 ? `required fields no column maps to: ${problem.missingRequired.join(', ')}` : '',
      ...problem.unknownCodes.map((u) => `${u.field} values mapped to unknown codes: ${u.codes.join(', ')}`),
    ].filter(Boolean);
    super('IMPORT.MAPPING_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, `The mapping is not usable (${parts.join('; ')}).`, { ...problem });
  }
}

export class ImportNotMappableError extends AppError {
  constructor(status: PartnerImportStatus) {
    super(
      'IMPORT.NOT_MAPPABLE',
      HttpStatus.CONFLICT,
      status === 'validating' ? 'The dry run is still going; map the file again once it is done.' : 'This import can no longer be mapped: it has been committed, or is being committed.',
      { importStatus: status },
    );
  }
}

export class ImportNotMappedError extends AppError {
  constructor() {
    super('IMPORT.NOT_MAPPED', HttpStatus.CONFLICT, 'Map the file\'s columns to partner fields first: the dry run has not run.');
  }
}

export class SavedMappingNameTakenError extends AppError {
  constructor(name: string) {
    super('IMPORT.MAPPING_NAME_TAKEN', HttpStatus.CONFLICT, `A saved mapping is already called "${name}" for a file with another header; choose another name.`, { name });
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
