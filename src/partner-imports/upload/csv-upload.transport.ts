import type { FastifyInstance } from 'fastify';
import { mediaTypeOf, registerRawUpload, type BearerCheck } from '../../common/http/raw-upload.js';
import type { ImportEncoding } from '../partner-import.entity.js';
import { ImportFileTooLargeError, ImportMediaTypeError } from '../partner-imports.errors.js';

/** Route config (set with `@RouteConfig(PARTNER_IMPORT_UPLOAD_ROUTE)`) marking the CSV upload route. */
export const PARTNER_IMPORT_UPLOAD_ROUTE = { partnerImportUpload: true } as const;

export const CSV_MEDIA_TYPE = 'text/csv';
/** What browsers and spreadsheets send for a .csv file (Windows: Excel's type; some: none at all). */
export const CSV_MEDIA_TYPES = [CSV_MEDIA_TYPE, 'application/vnd.ms-excel', 'application/csv', 'text/x-csv', 'text/plain', 'application/octet-stream'] as const;
/** Types that say nothing about the content: accepted only for a file named *.csv. */
const GENERIC_TYPES: ReadonlySet<string> = new Set(['application/octet-stream']);
const BUFFERED_TYPES = CSV_MEDIA_TYPES.filter((type) => type !== 'text/plain');

/**
 * Partner imports are uploaded as the raw request body, as agreement documents are (see
 * registerRawUpload): the bytes are kept as a Buffer so the service can tell UTF-8 from Windows-1252
 * rather than let a lenient decoder replace what it cannot read. These types are refused (415) on every
 * other route, except text/plain, which Fastify parses as a string elsewhere (agreement documents take it)
 * and the upload route keeps as bytes. The upload route gets the import size limit instead of BODY_LIMIT_BYTES.
 */
export function registerPartnerImportUploads(fastify: FastifyInstance, maxBytes: number, authenticate: BearerCheck): void {
  registerRawUpload(fastify, {
    flag: 'partnerImportUpload',
    bufferedTypes: BUFFERED_TYPES,
    acceptedTypes: ['text/plain'],
    maxBytes,
    authenticate,
    tooLarge: (max) => new ImportFileTooLargeError(max),
    unsupported: (mediaType) => new ImportMediaTypeError(mediaType),
  });
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    const uploadRoute = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.partnerImportUpload === true;
    done(null, uploadRoute ? bytes : bytes.toString('utf8'));
  });
}

/** Whether the upload's media type is one a CSV file is sent with (a generic one only for a .csv name). */
export function isCsvUpload(contentType: string | undefined, fileName: string | undefined): boolean {
  const mediaType = mediaTypeOf(contentType);
  if (!(CSV_MEDIA_TYPES as readonly string[]).includes(mediaType)) return false;
  return !GENERIC_TYPES.has(mediaType) || /\.csv$/i.test(fileName ?? '');
}

/**
 * The encoding a charset parameter declares: undefined when none is declared, null when it is one
 * the import cannot read.
 */
export function declaredEncoding(contentType: string | undefined): ImportEncoding | undefined | null {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined) return undefined;
  if (['utf-8', 'utf8', 'us-ascii'].includes(charset)) return 'utf-8';
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1'].includes(charset)) return 'windows-1252';
  return null;
}
