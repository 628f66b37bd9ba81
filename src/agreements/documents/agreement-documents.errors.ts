import { HttpStatus } from '@nestjs/common';
import { AppError, NotFoundError } from '../../common/errors/app-error.js';

export class DocumentNotFoundError extends NotFoundError {
  constructor() {
    super('AGREEMENT.DOCUMENT_NOT_FOUND', 'Document');
  }
}

export class DocumentTooLargeError extends AppError {
  constructor(maxBytes: number) {
    // Refused before the body is read: close the connection rather than drain the rest of it.
    super('AGREEMENT.DOCUMENT_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, `A document may be at most ${maxBytes} bytes.`, { maxBytes }, {
      connection: 'close',
    });
  }
}

export class DocumentEmptyError extends AppError {
  constructor() {
    super('AGREEMENT.DOCUMENT_EMPTY', HttpStatus.BAD_REQUEST, 'The upload has no content: send the file as the request body.');
  }
}

export class DocumentTypeNotAllowedError extends AppError {
  constructor(declared: string, allowed: readonly string[]) {
    super(
      'AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      `Documents of type ${declared || '(none)'} are not accepted. Send the file with one of these Content-Types: ${allowed.join(', ')}.`,
      { declared, allowed },
    );
  }
}

export class DocumentContentMismatchError extends AppError {
  constructor(declared: string) {
    super(
      'AGREEMENT.DOCUMENT_CONTENT_MISMATCH',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      `The content is not a valid ${declared} file: its bytes do not match the declared Content-Type.`,
      { declared },
    );
  }
}

export class DocumentIsLinkError extends AppError {
  constructor(url: string) {
    super('AGREEMENT.DOCUMENT_IS_LINK', HttpStatus.CONFLICT, 'This document is a link; it has no content to download.', { url });
  }
}
