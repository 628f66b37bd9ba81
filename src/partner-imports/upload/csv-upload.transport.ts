import type { FastifyInstance } from 'fastify';
import { registerRawUpload, type BearerCheck } from '../../common/http/raw-upload.js';
import { ImportFileTooLargeError, ImportMediaTypeError } from '../partner-imports.errors.js';

/** Route config (set with `@RouteConfig(PARTNER_IMPORT_UPLOAD_ROUTE)`) marking the CSV upload route. */
export const PARTNER_IMPORT_UPLOAD_ROUTE = { partnerImportUpload: true } as const;

export const CSV_MEDIA_TYPE = 'text/csv';

/**
 * Partner imports are uploaded as the raw request body (`text/csv`), as agreement documents are (see
 * registerRawUpload): the bytes are kept as a Buffer so the service can refuse a file that is not UTF-8
 * rather than let a lenient decoder replace what it cannot read. text/csv is refused (415) on every other
 * route; the upload route gets the import size limit instead of BODY_LIMIT_BYTES.
 */
export function registerPartnerImportUploads(fastify: FastifyInstance, maxBytes: number, authenticate: BearerCheck): void {
  registerRawUpload(fastify, {
    flag: 'partnerImportUpload',
    bufferedTypes: [CSV_MEDIA_TYPE],
    acceptedTypes: [],
    maxBytes,
    authenticate,
    tooLarge: (max) => new ImportFileTooLargeError(max),
    unsupported: (mediaType) => new ImportMediaTypeError(mediaType),
  });
}

/** A charset other than UTF-8 (or its subset US-ASCII) declared on the upload. */
export function declaresOtherCharset(contentType: string | undefined): boolean {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset);
}
