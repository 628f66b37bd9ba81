import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { AppError, ValidationFailedError } from '../common/errors/app-error.js';
import { PUBLIC_CORS_HEADERS } from '../common/http/public-cors.js';
import { PROBLEM_CONTENT_TYPE } from '../common/errors/problem-details.js';
import { negotiateEncoding, notModified, type Encoding } from './http-caching.js';
import { PublicationCache, type CachedDocument, type CachedPage, type CachedPublication } from './publication-cache.js';
import { PublicationsRepository } from './publications.repository.js';
import { NothingPublishedError, PublishedPageNotFoundError, PublishedVersionNotFoundError } from './publishing.errors.js';

const CACHE_LATEST = 'public, max-age=60, stale-while-revalidate=300';
const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Security headers for open data rather than pages: nothing to run or frame, readable from any site.
 * Fixed once here instead of per request by helmet, whose plugin rebuilds its middleware on every
 * request — the largest cost of a 304 on these, the busiest routes.
 */
export const DATA_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'cross-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
/** Route options of every public list route: helmet stands aside, DATA_SECURITY_HEADERS apply. */
const DATA_ROUTE = { helmet: false } as const;

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  return reply
    .code(error.status)
    .headers(DATA_SECURITY_HEADERS)
    .headers(PUBLIC_CORS_HEADERS)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(
      JSON.stringify({
        type: `https://httpstatuses.io/${error.status}`,
        title: STATUS_CODES[error.status],
        status: error.status,
        detail: error.message,
        instance: request.url.split('?')[0],
        code: error.code,
        requestId: request.id,
        ...error.extensions,
      }),
    );
}

/** Headers every cacheable public response carries, 200 and 304 alike. */
function cacheHeaders(reply: FastifyReply, etag: string, lastModified: string, cacheControl: string): FastifyReply {
  return reply.headers(cachingHeaders(etag, lastModified, cacheControl));
}

function cachingHeaders(etag: string, lastModified: string, cacheControl: string): Record<string, string> {
  return {
    ...DATA_SECURITY_HEADERS,
    etag,
    'last-modified': lastModified,
    'cache-control': cacheControl,
    vary: 'Accept-Encoding',
    ...PUBLIC_CORS_HEADERS,
  };
}

/**
 * A stored document's headers in one encoding: `common` for its 200 and 304 alike, `body` for the 200 only. One
 * definition for the route below and PublicListFastPath, which answers the same requests before Fastify.
 */
export function documentHeaders(
  latest: CachedPublication,
  document: CachedDocument & { link?: string },
  encoding: Encoding,
): { common: Record<string, string>; body: Record<string, string> } {
  return {
    common: cachingHeaders(document.etags[encoding], latest.lastModified, CACHE_LATEST),
    body: {
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      ...(document.link ? { link: document.link } : {}),
      'content-type': 'application/json; charset=utf-8',
    },
  };
}

/** A stored JSON document in the encoding the client prefers, or 304 when it holds any variant of it. */
function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  latest: CachedPublication,
  document: CachedDocument & { link?: string },
): FastifyReply {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const headers = documentHeaders(latest, document, encoding);
  void reply.headers(headers.common);
  if (notModified(request.headers['if-none-match'], request.headers['if-modified-since'], document.validators, latest.publishedAtMs)) {
    return reply.code(304).send();
  }
  return reply.headers(headers.body).send(document.bodies[encoding]);
}

/**
 * The public website's endpoints, registered straight on Fastify: they serve stored bytes, answer
 * conditional requests with 304 before any body work, and need no auth (public by design).
 */
@Injectable()
export class PublicListRoutes implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    private readonly cache: PublicationCache,
    private readonly publications: PublicationsRepository,
  ) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    fastify.get<{ Querystring: { page?: string | string[] } }>('/public/partners', DATA_ROUTE, (request, reply) => this.latestJson(request, reply));
    fastify.get('/public/partners.csv', DATA_ROUTE, (request, reply) => this.latestCsv(request, reply));
    fastify.get<{ Params: { version: string }; Querystring: { format?: string | string[] } }>('/public/partners/versions/:version', DATA_ROUTE, (request, reply) =>
      this.version(request, reply),
    );
    fastify.get<{ Querystring: { since?: string } }>('/public/partners/changes', DATA_ROUTE, (request, reply) => this.changes(request, reply));
    fastify.get('/public/signatories', DATA_ROUTE, (request, reply) => this.latestSignatories(request, reply));
  }

  private latest(request: FastifyRequest, reply: FastifyReply): CachedPublication | null {
    const latest = this.cache.current;
    if (!latest) sendProblem(request, reply, new NothingPublishedError('partner list'));
    return latest;
  }

  /** The whole list, or with ?page=N one page of it (PARTNERS_PER_PAGE partners). */
  private latestJson(request: FastifyRequest<{ Querystring: { page?: string | string[] } }>, reply: FastifyReply): FastifyReply {
    const { page } = request.query;
    if (page === undefined) {
      const latest = this.latest(request, reply);
      return latest ? sendDocument(request, reply, latest, latest.partners) : reply;
    }
    const number = typeof page === 'string' ? parseNumber(page) : null;
    if (number === null) return sendProblem(request, reply, invalidQuery('page', 'page must be a page number from 1.'));
    const latest = this.latest(request, reply);
    if (!latest) return reply;
    const stored = this.page(latest, number);
    return stored instanceof AppError ? sendProblem(request, reply, stored) : sendDocument(request, reply, latest, stored);
  }

  private page(latest: CachedPublication, number: number): CachedPage | AppError {
    // A version published before paging, until the next publish run stores its pages.
    if (latest.pages.length === 0) return new NothingPublishedError('paged partner list');
    return latest.pages[number - 1] ?? new PublishedPageNotFoundError(number, latest.pages.length);
  }

  private latestSignatories(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const latest = this.cache.current;
    if (!latest?.signatories) return sendProblem(request, reply, new NothingPublishedError('list of signatories'));
    return sendDocument(request, reply, latest, latest.signatories);
  }

  private latestCsv(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const latest = this.latest(request, reply);
    if (!latest) return reply;
    cacheHeaders(reply, latest.csv.etag, latest.lastModified, CACHE_LATEST);
    if (notModified(request.headers['if-none-match'], request.headers['if-modified-since'], [latest.csv.etag], latest.publishedAtMs)) {
      return reply.code(304).send();
    }
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="partners-v${latest.version}.csv"`)
      .send(latest.csv.body);
  }

  /** A past version as JSON, or with ?format=csv as the CSV published with it. */
  private async version(
    request: FastifyRequest<{ Params: { version: string }; Querystring: { format?: string | string[] } }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const { format = 'json' } = request.query;
    if (format !== 'json' && format !== 'csv') return sendProblem(request, reply, invalidQuery('format', 'format must be json or csv.'));
    const version = parseNumber(request.params.version);
    const stored = version === null ? null : await this.publications.body(version, format);
    if (!stored) return sendProblem(request, reply, new PublishedVersionNotFoundError());
    const etag = format === 'csv' ? `"v${stored.version}-csv"` : `"v${stored.version}"`;
    cacheHeaders(reply, etag, stored.publishedAt.toUTCString(), CACHE_IMMUTABLE);
    if (notModified(request.headers['if-none-match'], undefined, [etag], 0)) return reply.code(304).send();
    if (format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="partners-v${stored.version}.csv"`)
        .send(stored.body);
    }
    return reply.header('content-type', 'application/json; charset=utf-8').send(stored.body);
  }

  private async changes(request: FastifyRequest<{ Querystring: { since?: string } }>, reply: FastifyReply): Promise<FastifyReply> {
    const since = parseNumber(request.query.since ?? '', true);
    if (since === null) return sendProblem(request, reply, invalidQuery('since', 'since must be a version number (0 for everything).'));
    const latest = this.latest(request, reply);
    if (!latest) return reply;
    const etag = `"changes-${since}-${latest.version}"`;
    cacheHeaders(reply, etag, latest.lastModified, CACHE_LATEST);
    if (notModified(request.headers['if-none-match'], undefined, [etag], 0)) return reply.code(304).send();
    const diff = await this.publications.changes(since, latest.version);
    if (!diff) return sendProblem(request, reply, new PublishedVersionNotFoundError(since));
    return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(diff));
  }
}

function invalidQuery(field: string, message: string): AppError {
  return new ValidationFailedError([{ field, messages: [message] }]);
}

/** A version or page number: 1 to 999,999,999, and 0 when allowed. */
function parseNumber(value: string, allowZero = false): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 || (allowZero && n === 0) ? n : null;
}
