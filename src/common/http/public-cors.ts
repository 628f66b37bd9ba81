import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Routes under this prefix are public by design (no credentials) and readable from script on any site. */
export const PUBLIC_PREFIX = '/public/';

/**
 * Sent on every response under /public/, errors and 304s included. Script on another site may read, beyond
 * the CORS-safelisted headers: the validators it sends back (ETag; Last-Modified, safelisted but named for
 * clarity), the page links (Link), how long to wait when limited (Retry-After), the request id to quote
 * when reporting a problem, and the CSV's file name (Content-Disposition).
 */
export const PUBLIC_CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Last-Modified, Retry-After, X-Request-Id, Content-Disposition',
};

/**
 * What a preflight grants: reads with conditional-request headers, and posting a signature as JSON.
 * No credentials are allowed, so no cookie or token of this site ever goes with such a request.
 */
const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...PUBLIC_CORS_HEADERS,
  'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
  'access-control-allow-headers': 'Accept, Accept-Language, Content-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control, X-Request-Id',
  'access-control-max-age': '86400',
  'cache-control': 'public, max-age=86400',
  vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
};

/**
 * Answers CORS preflights for the public routes with a route of their own, so that no hook runs on every
 * request; the app's CORS plugin (CORS_ORIGINS' policy for the staff API, none by default) stands aside.
 */
export function registerPublicPreflight(fastify: FastifyInstance): void {
  fastify.options(`${PUBLIC_PREFIX}*`, { helmet: false, config: { cors: false } }, (_request, reply) =>
    reply.code(204).headers(PREFLIGHT_HEADERS).send(),
  );
}

/** For the shared onSend hook: public responses that did not set their CORS headers get them. */
export function addPublicCorsHeaders(request: FastifyRequest, reply: FastifyReply): void {
  if (request.url.startsWith(PUBLIC_PREFIX) && !reply.hasHeader('access-control-expose-headers')) void reply.headers(PUBLIC_CORS_HEADERS);
}
