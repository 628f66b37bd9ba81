import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { negotiateEncoding, notModified, type Encoding } from './http-caching.js';
import { documentHeaders } from './public-list.routes.js';
import { PublicationCache, type CachedDocument, type CachedPage, type CachedPublication } from './publication-cache.js';

const LIST = '/public/partners';
const PAGE = /^\/public\/partners\?page=([1-9]\d{0,8})$/;

/** A document's response in one encoding, headers as a flat [name, value, …] list ready for writeHead. */
interface PreparedResponse {
  notModified: string[];
  ok: string[];
  body: Buffer;
}

/**
 * The public list's busiest requests — GET /public/partners and its pages, the 200s and the 304s — answered from
 * the publication cache before Fastify's per-request pipeline (routing, request and reply objects, hooks,
 * serialisation): the same status, headers and bytes as the route in PublicListRoutes, whose header lists
 * (documentHeaders) both use, built once per document and encoding. Anything else is left to that route (null):
 * another method or query, a page that does not exist, nothing published, and requests with an Origin, whose CORS
 * headers are @fastify/cors's to decide.
 */
@Injectable()
export class PublicListFastPath {
  private readonly prepared = new WeakMap<CachedDocument, Map<Encoding, PreparedResponse>>();

  constructor(private readonly cache: PublicationCache) {}

  /** What was sent, or null when the request is left to Fastify; `requestIdOf` is asked only for a request answered. */
  answer(req: IncomingMessage, res: ServerResponse, requestIdOf: (req: IncomingMessage) => string): { status: number; requestId: string } | null {
    if (req.method !== 'GET' || req.headers.origin !== undefined) return null;
    const latest = this.cache.current;
    const document = latest ? this.documentAt(latest, req.url ?? '') : null;
    if (!latest || !document) return null;
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    const response = this.response(latest, document, encoding);
    const requestId = requestIdOf(req);
    if (notModified(req.headers['if-none-match'], req.headers['if-modified-since'], document.validators, latest.publishedAtMs)) {
      res.writeHead(304, [...response.notModified, 'x-request-id', requestId]);
      res.end();
      return { status: 304, requestId };
    }
    res.writeHead(200, [...response.ok, 'x-request-id', requestId]);
    res.end(response.body);
    return { status: 200, requestId };
  }

  private documentAt(latest: CachedPublication, url: string): CachedDocument | CachedPage | null {
    if (url === LIST) return latest.partners;
    const page = PAGE.exec(url);
    return page ? (latest.pages[Number(page[1]) - 1] ?? null) : null;
  }

  private response(latest: CachedPublication, document: CachedDocument & { link?: string }, encoding: Encoding): PreparedResponse {
    let byEncoding = this.prepared.get(document);
    if (!byEncoding) this.prepared.set(document, (byEncoding = new Map<Encoding, PreparedResponse>()));
    let response = byEncoding.get(encoding);
    if (!response) {
      const body = document.bodies[encoding];
      const headers = documentHeaders(latest, document, encoding);
      const flat = (record: Record<string, string>): string[] => Object.entries(record).flat();
      response = { notModified: flat(headers.common), ok: [...flat(headers.common), ...flat(headers.body), 'content-length', String(body.length)], body };
      byEncoding.set(encoding, response);
    }
    return response;
  }
}
