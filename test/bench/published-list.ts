import { get } from 'node:http';
import { PublicationCache, type CachedDocument, type CachedPublication } from '../../src/publishing/publication-cache.js';
import { PublisherService } from '../../src/publishing/publisher.service.js';
import type { BenchmarkContext } from './benchmark.js';
import { ensurePartners } from './seed.js';

/** What the public list benchmarks publish: 2,000 partners, 620 KB of JSON, 40 pages of 50. */
export const LISTED = 2_000;
/** Active, not archived partners are about 57 % of those seeded: enough to list LISTED of them. */
const PARTNERS_NEEDED = 4_000;

export const WHOLE_LIST = '/public/partners';
/** A page in the middle of the list: it has first, prev, next and last links. */
export const PAGE = '/public/partners?page=2';

/** A stored body as the app serves it: the whole list, or a page with its Link header. */
export type ServedDocument = CachedDocument & { link?: string };

export const wholeList = (latest: CachedPublication): ServedDocument => latest.partners;
export const secondPage = (latest: CachedPublication): ServedDocument => {
  const page = latest.pages[1];
  if (!page) throw new Error(`the published list has ${latest.pages.length} page(s), not 2 or more`);
  return page;
};

/**
 * Seeds partners if needed, lists exactly LISTED active ones with every public field, publishes, and loads the
 * version into the cache. Returns the version and the seconds spent seeding.
 */
export async function publishList(context: BenchmarkContext, label: string): Promise<{ latest: CachedPublication; seedSeconds: number }> {
  const seedSeconds = await ensurePartners(context.dataSource, PARTNERS_NEEDED, label);
  await context.dataSource.query('UPDATE partners SET public_listing_consent = false WHERE public_listing_consent');
  await context.dataSource.query(
    `UPDATE partners SET public_listing_consent = true, public_fields = '{name,website,description,area,kind}'
      WHERE id IN (SELECT id FROM partners WHERE status = 'active' AND archived_at IS NULL ORDER BY id LIMIT $1)`,
    [LISTED],
  );
  const outcome = await context.api.get(PublisherService).publish(null);
  if (outcome.partnerCount !== LISTED) throw new Error(`published ${outcome.partnerCount} partners, not ${LISTED}`);
  const cache = context.api.get(PublicationCache);
  await cache.reload();
  if (cache.current?.version !== outcome.version) throw new Error('the publication cache did not load the new version');
  return { latest: cache.current, seedSeconds };
}

export interface RawResponse {
  status: number;
  /** Lower-cased names, as sent. */
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET with the whole body read and the headers as sent (raw, not merged by Node). */
export function fetchRaw(baseUrl: string, path: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(new URL(path, baseUrl), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const named: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) named[res.rawHeaders[i].toLowerCase()] = res.rawHeaders[i + 1];
        resolve({ status: res.statusCode ?? 0, headers: named, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}
