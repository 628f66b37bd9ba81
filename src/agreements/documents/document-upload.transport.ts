import { UnauthorizedException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload, RouteOptions } from 'fastify';
import { DocumentTooLargeError, DocumentTypeNotAllowedError } from './agreement-documents.errors.js';
import { ALLOWED_MEDIA_TYPES, mediaTypeOf } from './document-types.js';

/** Route config (set with `@RouteConfig(DOCUMENT_UPLOAD_ROUTE)`) marking the raw-body upload route. */
export const DOCUMENT_UPLOAD_ROUTE = { documentUpload: true } as const;

/** text/plain keeps Fastify's built-in parser (a string; see isPlainText); these become Buffers. */
const BINARY_MEDIA_TYPES = ALLOWED_MEDIA_TYPES.filter((type) => type !== 'text/plain');

type Done = (error: Error | null, payload?: RequestPayload) => void;

const isUploadRoute = (config: unknown): boolean => (config as { documentUpload?: unknown } | undefined)?.documentUpload === true;

/**
 * Document uploads are raw request bodies: the body is the file and its Content-Type the file's
 * media type (no multipart, so no extra dependency). Fastify picks body parsers by Content-Type
 * for every route alike, so:
 * - the binary document types get a parser that keeps the bytes, and refuses them (415, as
 *   Fastify would) on any other route;
 * - the upload route gets the document size limit instead of the API's BODY_LIMIT_BYTES, and a
 *   preParsing check that answers before a byte is read (see earlyProblem).
 * Called before the routes are registered (createHttpApp).
 */
export function registerDocumentUploads(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (!isUploadRoute(route.config)) return;
    route.bodyLimit = maxBytes;
    const check = (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: Done): void =>
      done(earlyProblem(fastify, request, maxBytes), payload);
    route.preParsing = [...[route.preParsing ?? []].flat(), check];
  });
  fastify.addContentTypeParser(BINARY_MEDIA_TYPES, { parseAs: 'buffer' }, (request, body, done) => {
    if (isUploadRoute(request.routeOptions.config)) done(null, body);
    else done(new UnsupportedMediaTypeException(), undefined);
  });
}

/**
 * What can be refused before the body is buffered:
 * - no bearer token (the guard, which runs after parsing, would refuse it anyway: this only
 *   spares reading up to the document limit for an anonymous caller);
 * - a declared Content-Length over the limit (a chunked body over it is still cut off by
 *   Fastify's limit, as REQUEST.PAYLOAD_TOO_LARGE);
 * - a media type Fastify has no parser for, which it would refuse before authorisation too; this
 *   only gives the refusal its clear code. A type it does parse (JSON...) reaches the handler,
 *   where the role guard answers first and the service refuses the type.
 */
function earlyProblem(fastify: FastifyInstance, request: FastifyRequest, maxBytes: number): Error | null {
  if (!/^Bearer \S/i.test(request.headers.authorization ?? '')) return new UnauthorizedException();
  if (Number(request.headers['content-length']) > maxBytes) return new DocumentTooLargeError(maxBytes);
  const mediaType = mediaTypeOf(request.headers['content-type']);
  const unparsable = mediaType !== '' && !ALLOWED_MEDIA_TYPES.includes(mediaType) && !fastify.hasContentTypeParser(mediaType);
  return unparsable ? new DocumentTypeNotAllowedError(mediaType, ALLOWED_MEDIA_TYPES) : null;
}
