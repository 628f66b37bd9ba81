import type { EntityManager } from 'typeorm';
import { encode, type EncodedBody } from './encoded-body.js';
import { sha256, type PublishedPartner } from './published-entry.js';

/**
 * Partners per page of `GET /public/partners?page=N`. Fixed rather than chosen by the client, so every
 * page can be serialised and compressed once at publish time and served as stored bytes.
 */
export const PARTNERS_PER_PAGE = 50;

/** One page of a published version, as its body says: where it sits in the list, and its partners. */
export interface PublishedPartnerPage {
  /** A client walking the pages restarts when this changes between pages: they come from different snapshots. */
  version: number;
  publishedAt: string;
  page: number;
  pages: number;
  pageSize: number;
  /** Partners in the whole version. */
  total: number;
  partners: PublishedPartner[];
}

export interface EncodedPage extends EncodedBody {
  page: number;
  /** SHA-256 of `json`, the page's strong validator. */
  contentHash: string;
}

/** An empty list still has page 1 (with no partners), so a website's first request never fails. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PARTNERS_PER_PAGE));
}

export function toPages(stamp: { version: number; publishedAt: string }, partners: PublishedPartner[]): PublishedPartnerPage[] {
  const pages = pageCount(partners.length);
  return Array.from({ length: pages }, (_, index) => ({
    ...stamp,
    page: index + 1,
    pages,
    pageSize: PARTNERS_PER_PAGE,
    total: partners.length,
    partners: partners.slice(index * PARTNERS_PER_PAGE, (index + 1) * PARTNERS_PER_PAGE),
  }));
}

export function encodePages(stamp: { version: number; publishedAt: string }, partners: PublishedPartner[]): Promise<EncodedPage[]> {
  return Promise.all(
    toPages(stamp, partners).map(async (page) => {
      const body = await encode(page);
      return { ...body, page: page.page, contentHash: sha256(body.json) };
    }),
  );
}

/**
 * Stores a version's pages and deletes those of older versions: only the latest version's pages are
 * served (a past version is served whole, at /public/partners/versions/{n}).
 */
export async function storePages(manager: EntityManager, version: number, pages: EncodedPage[]): Promise<void> {
  await manager.query('DELETE FROM publication_pages WHERE version < $1', [version]);
  await manager.query(
    `INSERT INTO publication_pages (version, page, content_hash, json, json_gzip, json_brotli)
     SELECT $1, p.page, p.hash, p.json, p.gzip, p.brotli
       FROM unnest($2::int[], $3::text[], $4::bytea[], $5::bytea[], $6::bytea[]) AS p(page, hash, json, gzip, brotli)`,
    [version, pages.map((p) => p.page), pages.map((p) => p.contentHash), pages.map((p) => p.json), pages.map((p) => p.gzip), pages.map((p) => p.brotli)],
  );
}
