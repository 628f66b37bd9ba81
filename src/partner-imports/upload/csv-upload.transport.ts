import { UnauthorizedException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload, RouteOptions } from 'fastify';
import { mediaTypeOf } from '../../agreements/documents/document-types.js';
import { ImportFileTooLargeError, ImportMediaTypeError } from '../partner-imports.errors.js';

/** Route config (set with `@RouteConfig(PARTNER_IMPORT_UPLOAD_ROUTE)`) marking the CSV upload route. */
export const PARTNER_IMPORT_UPLOAD_ROUTE = { partnerImportUpload: true } as const;

export const CSV_MEDIA_TYPE = 'text/csv';

type Done = (error: Error | null, payload?: RequestPayload) => void;

const isUploadRoute = (config: unknown): boolean =>
  (config as { partnerImportUpload?: unknown } | undefined)?.partnerImportUpload === true;

/**
 * Partner imports are uploaded as the raw request body (`text/csv`), as agreement documents are
 * (see document-upload.transport.ts): the bytes are kept as a Buffer so the service can refuse a
 * file that is not UTF-8 rather than let a lenient decoder replace what it cannot read. text/csv
 * is refused (415) on every other route; the upload route gets the import size limit instead of
 * BODY_LIMIT_BYTES, and what can be refused before a byte is read is refused then. Called before
 * the routes are registered (createHttpApp).
 */
export function registerPartnerImportUploads(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (!isUploadRoute(route.config)) return;
    route.bodyLimit = maxBytes;
    const check = (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: Done): void =>
      done(earlyProblem(fastify, request, maxBytes), payload);
    route.preParsing = [...[route.preParsing ?? []].flat(), check];
  });
  fastify.addContentTypeParser(CSV_MEDIA_TYPE, { parseAs: 'buffer' }, (request, body, done) => {
    if (isUploadRoute(request.routeOptions.config)) done(null, body);
    else done(new UnsupportedMediaTypeException(), undefined);
  });
}

/**
 * No bearer token (spares reading up to the limit for an anonymous caller; the guard would refuse
 * anyway), a declared Content-Length over the limit (a chunked body over it is cut off by
 * Fastify's limit, REQUEST.PAYLOAD_TOO_LARGE), or a media type Fastify cannot parse at all.
 * A type it does parse (JSON...) reaches the handler, where the role guard answers first and the
 * service refuses the type.
 */
function earlyProblem(fastify: FastifyInstance, request: FastifyRequest, maxBytes: number): Error | null {
  if (!/^Bearer \S/i.test(request.headers.authorization ?? '')) return new UnauthorizedException();
  if (Number(request.headers['content-length']) > maxBytes) return new ImportFileTooLargeError(maxBytes);
  const mediaType = mediaTypeOf(request.headers['content-type']);
  const unparsable = mediaType !== '' && mediaType !== CSV_MEDIA_TYPE && !fastify.hasContentTypeParser(mediaType);
  return unparsable ? new ImportMediaTypeError(mediaType) : null;
}

/** A charset other than UTF-8 (or its subset US-ASCII) declared on the upload. */
export function declaresOtherCharset(contentType: string | undefined): boolean {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset);
}
