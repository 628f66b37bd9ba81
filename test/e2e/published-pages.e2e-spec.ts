import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { partnerBody } from '../support/factories.js';
import type { PublishedPartnerPage } from '../../src/publishing/published-pages.js';
import { editPartner } from '../support/partner-edits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PAGE_SIZE = 50;
const MINE = 120;

interface Listed {
  id: string;
  name: string;
}

/** A page's body as a test reads it: the published envelope around the partners it checks. */
type PartnerPage = Omit<PublishedPartnerPage, 'partners'> & { partners: Listed[] };

/** A GET that keeps the bytes as sent (no client-side decompression). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; payload: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, payload: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** `</public/partners?page=2>; rel="next", …` → { next: 2, … } */
function links(header: string | undefined): Record<string, number> {
  const found: Record<string, number> = {};
  for (const match of (header ?? '').matchAll(/<\/public\/partners\?page=(\d+)>; rel="(\w+)"/g)) found[match[2]] = Number(match[1]);
  return found;
}

describe('published partner list in pages', () => {
  let app: TestApp;
  let admin: string;
  let baseUrl: string;
  const mine: Listed[] = [];
  const auth = () => ({ authorization: `Bearer ${admin}` });
  const publish = async () => (await app.http().post('/api/v1/publications').set(auth()).expect(200)).body as { created: boolean; version: number };
  const page = (n: number | string) => app.http().get(`/public/partners?page=${n}`);
  const allPages = async (): Promise<Response[]> => {
    const first = await page(1).expect(200);
    const rest = await Promise.all(Array.from({ length: (first.body as PartnerPage).pages - 1 }, (_, i) => page(i + 2).expect(200)));
    return [first, ...rest];
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.tokenFor('admin');
    for (let batch = 0; batch < MINE; batch += 10) {
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app
            .http()
            .post('/api/v1/partners')
            .set(auth())
            .send(partnerBody({ name: `Paged ${String(batch + i).padStart(3, '0')}`, status: 'active', publicListing: { consent: true, fields: ['name', 'website'] } }))
            .expect(201),
        ),
      );
      mine.push(...created.map((res) => res.body as Listed));
    }
    await publish();
    const server = app.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it('splits the latest version into pages of 50 that together are the whole list, in order', async () => {
    const whole = (await app.http().get('/public/partners').expect(200)).body as { version: number; publishedAt: string; count: number; partners: Listed[] };
    const pages = await allPages();
    const expectedPages = Math.ceil(whole.count / PAGE_SIZE);
    expect(whole.count).toBeGreaterThanOrEqual(MINE);
    expect(pages).toHaveLength(expectedPages);
    pages.forEach((res, index) => {
      expect(res.body).toMatchObject({
        version: whole.version,
        publishedAt: whole.publishedAt,
        page: index + 1,
        pages: expectedPages,
        pageSize: PAGE_SIZE,
        total: whole.count,
      });
      expect(res.body.partners).toEqual(whole.partners.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE));
    });
    const served = pages.flatMap((res) => (res.body as PartnerPage).partners.map((p) => p.id));
    expect(served).toEqual(whole.partners.map((p) => p.id));
    for (const partner of mine) expect(served).toContain(partner.id);
  });

  it('links each page to the first, previous, next and last pages', async () => {
    const pages = await allPages();
    const last = pages.length;
    expect(links(pages[0].headers.link)).toEqual({ first: 1, next: 2, last });
    expect(links(pages[1].headers.link)).toEqual({ first: 1, prev: 1, next: 3, last });
    expect(links(pages[last - 1].headers.link)).toEqual({ first: 1, prev: last - 1, last });
  });

  it('gives each page its own strong ETag and the list caching headers, and answers 304 to its validators', async () => {
    const [first, second] = await Promise.all([page(1).expect(200), page(2).expect(200)]);
    const whole = await app.http().get('/public/partners').expect(200);
    expect(first.headers.etag).toMatch(/^"\d+-p1-[0-9a-f]{20}(-gz|-br)?"$/);
    expect(new Set([first.headers.etag, second.headers.etag, whole.headers.etag]).size).toBe(3);
    expect(first.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      'last-modified': whole.headers['last-modified'],
      vary: 'Accept-Encoding',
      'access-control-allow-origin': '*',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    });
    const notModified = await page(2).set('if-none-match', second.headers.etag).expect(304);
    expect(notModified.headers.etag).toBe(second.headers.etag);
    expect(notModified.text).toBe('');
    await page(2).set('if-modified-since', second.headers['last-modified']).expect(304);
    // Another page's validator is not this page's.
    await page(2).set('if-none-match', first.headers.etag).expect(200);
  });

  it('negotiates brotli and gzip per page, each decoding to the same bytes, with a tag per encoding', async () => {
    const fetch = (encoding: string) => rawGet(`${baseUrl}/public/partners?page=2`, { 'accept-encoding': encoding });
    const [plain, br, gz] = await Promise.all([fetch('identity'), fetch('gzip, br'), fetch('gzip')]);
    expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.payload).equals(plain.payload)).toBe(true);
    expect(gunzipSync(gz.payload).equals(plain.payload)).toBe(true);
    expect(br.payload.length).toBeLessThan(plain.payload.length);
    expect(br.headers.link).toBe(plain.headers.link);
    const tags = [plain.headers.etag, br.headers.etag, gz.headers.etag];
    expect(new Set(tags).size).toBe(3);
    // Holding any encoding of the page is enough for a 304.
    for (const tag of tags) expect((await rawGet(`${baseUrl}/public/partners?page=2`, { 'accept-encoding': 'br', 'if-none-match': String(tag) })).status).toBe(304);
  });

  it.each(['0', '-1', 'abc', '', '1.5', '2e1', '1&page=2'])('answers page=%s with a 400 problem naming the field', async (value) => {
    const res = await page(value).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED', instance: '/public/partners', errors: [{ field: 'page' }] });
  });

  it('answers a page past the last with a 404 problem saying how many pages there are', async () => {
    const { pages } = (await page(1).expect(200)).body as PartnerPage;
    const res = await page(pages + 1).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'PUBLICATION.PAGE_NOT_FOUND', page: pages + 1, pages });
  });

  it('an identical publish creates no version and leaves the pages as they were', async () => {
    const before = await page(1).expect(200);
    const outcome = await publish();
    expect(outcome).toMatchObject({ created: false, version: before.body.version });
    const after = await page(1).expect(200);
    expect(after.headers.etag).toBe(before.headers.etag);
  });

  it('after a withdrawn consent the next version re-pages the list without the partner and keeps only its own pages', async () => {
    const before = await allPages();
    const version = (before[0].body as PartnerPage).version;
    const leaver = mine[7];
    await editPartner(app, admin, leaver.id, { publicListing: { consent: false } });
    expect(await publish()).toMatchObject({ created: true, version: version + 1 });
    const after = await allPages();
    const ids = after.flatMap((res) => (res.body as PartnerPage).partners.map((p) => p.id));
    expect(ids).not.toContain(leaver.id);
    expect((after[0].body as PartnerPage).total).toBe((before[0].body as PartnerPage).total - 1);
    expect(after.every((res) => (res.body as PartnerPage).version === version + 1)).toBe(true);
    // The page that held the partner and every page after it now start one partner later.
    const wasOn = before.findIndex((res) => (res.body as PartnerPage).partners.some((p) => p.id === leaver.id));
    expect((after[wasOn].body as PartnerPage).partners).not.toEqual((before[wasOn].body as PartnerPage).partners);
    // A client holding the old page's tag gets the new page.
    await page(1).set('if-none-match', String(before[0].headers.etag)).expect(200);
    const stored = await app.dataSource.query<{ version: number }[]>('SELECT DISTINCT version FROM publication_pages');
    expect(stored).toEqual([{ version: version + 1 }]);
  });

  it('a version published before paging gets its pages at the next publish run, byte for byte as if published with them', async () => {
    const stored = await app.dataSource.query<{ page: number; content_hash: string }[]>('SELECT page, content_hash FROM publication_pages ORDER BY page');
    // As a version stored before paging existed has none.
    await app.dataSource.query('DELETE FROM publication_pages');
    const outcome = await publish();
    expect(outcome.created).toBe(false);
    expect(await app.dataSource.query('SELECT page, content_hash FROM publication_pages ORDER BY page')).toEqual(stored);
  });
});
