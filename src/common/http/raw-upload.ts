import { UnauthorizedException, UnsupportedMediaTypeException } from '@nestjs/common';
import { clientFacing } from '../errors/service-unavailable.js';
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload, RouteOptions } from 'fastify';

/** `Application/PDF; charset=x` → `application/pdf`; '' when absent. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Whether a route was marked with `@RouteConfig({ [flag]: true })`. */
export function hasRouteFlag(route: RouteOptions, flag: string): boolean {
  return (route.config as Record<string, unknown> | undefined)?.[flag] === true;
}

export interface RawUpload {
  /** The route-config flag (set with `@RouteConfig({ [flag]: true })`) marking the upload route. */
  flag: string;
  /** Media types kept as Buffers; on any other route they are refused with 415. */
  bufferedTypes: readonly string[];
  /** Types the upload accepts, beyond those (e.g. text/plain, which Fastify parses already). */
  acceptedTypes: readonly string[];
  maxBytes: number;
  tooLarge: (maxBytes: number) => Error;
  unsupported: (mediaType: string) => Error;
  /** Whether the Authorization header carries a live access token (signature, expiry, session, user). */
  authenticate: BearerCheck;
}

/** See RawUpload.authenticate. */
export type BearerCheck = (authorization: string | undefined) => Promise<boolean>;

type Done = (error: Error | null, payload?: RequestPayload) => void;

/**
 * A route that takes a file as its raw request body (no multipart, so no extra dependency): the
 * body is the file and its Content-Type the file's media type. Fastify picks body parsers by
 * Content-Type for every route alike, so the upload's types get a parser that keeps the bytes and
 * refuses them (415) on any other route; the upload route gets its own size limit instead of
 * BODY_LIMIT_BYTES, and a preParsing check that answers before a byte is read:
 * - no live bearer token (the guard, which runs after parsing, would refuse anyway: this spares reading
 *   up to the limit for a caller with no token, a forged or expired one, or one of an ended session);
 * - a declared Content-Length over the limit (a chunked body over it is still cut off by
 *   Fastify's limit, as REQUEST.PAYLOAD_TOO_LARGE);
 * - a media type Fastify has no parser for, which it would refuse before authorisation too; this
 *   only gives the refusal its clear code. A type it does parse (JSON...) reaches the handler,
 *   where the role guard answers first and the service refuses the type.
 * Called before the routes are registered (createHttpApp).
 */
export function registerRawUpload(fastify: FastifyInstance, upload: RawUpload): void {
  const isUploadRoute = (config: unknown): boolean => (config as Record<string, unknown> | undefined)?.[upload.flag] === true;
  const accepted = new Set([...upload.bufferedTypes, ...upload.acceptedTypes]);
  const earlyProblem = async (request: FastifyRequest): Promise<Error | null> => {
    if (!(await upload.authenticate(request.headers.authorization))) return new UnauthorizedException();
    if (Number(request.headers['content-length']) > upload.maxBytes) return upload.tooLarge(upload.maxBytes);
    const mediaType = mediaTypeOf(request.headers['content-type']);
    const unparsable = mediaType !== '' && !accepted.has(mediaType) && !fastify.hasContentTypeParser(mediaType);
    return unparsable ? upload.unsupported(mediaType) : null;
  };
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (!isUploadRoute(route.config)) return;
    route.bodyLimit = upload.maxBytes;
    const check = (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload, done: Done): void => {
      earlyProblem(request).then((problem) => done(problem, payload), (error: unknown) => done(clientFacingError(error), payload));
    };
    route.preParsing = [...[route.preParsing ?? []].flat(), check];
  });
  fastify.addContentTypeParser([...upload.bufferedTypes], { parseAs: 'buffer' }, (request, body, done) => {
    if (isUploadRoute(request.routeOptions.config)) done(null, body);
    else done(new UnsupportedMediaTypeException(), undefined);
  });
}

/** A failed token check (the database unreachable: a 503) as the Error Fastify's done() takes. */
function clientFacingError(error: unknown): Error {
  const facing = clientFacing(error);
  return facing instanceof Error ? facing : new Error('token check failed');
}
