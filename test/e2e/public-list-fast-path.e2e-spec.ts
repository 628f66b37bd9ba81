import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A GET with the headers as sent (raw, lower-cased names) and the bytes as sent. */
function rawGet(url: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const named: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) named[res.rawHeaders[i].toLowerCase()] = res.rawHeaders[i + 1];
        resolve({ status: res.statusCode ?? 0, headers: named, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

/** What may differ between two answers to the same request. */
const PER_RESPONSE = ['date', 'x-request-id'];
const comparable = (raw: Raw): Omit<Raw, 'headers'> & { headers: Record<string, string> } => ({
  ...raw,
  headers: Object.fromEntries(Object.entries(raw.headers).filter(([name]) => !PER_RESPONSE.includes(name))),
});

/**
 * GET /public/partners and its pages are answered before Fastify (PublicListFastPath) when the URL is exactly the
 * list's or `?page=N`; any other spelling of the same request goes through the Fastify route. Both must answer alike.
 */
describe('the public list answered before Fastify', () => {
  let app: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await app.tokenFor('admin');
    for (let i = 0; i < 60; i += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          app.http().post('/api/v1/partners').set('authorization', `Bearer ${admin}`)
            .send(partnerBody({ name: `Fast path ${String(i + n).padStart(2, '0')}`, status: 'active', publicListing: { consent: true, fields: ['name', 'website'] } }))
            .expect(201),
        ),
      );
    }
    await app.http().post('/api/v1/publications').set('authorization', `Bearer ${admin}`).expect(200);
    const server = app.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  // [fast path URL, the same request spelt so that Fastify answers it]
  const SAME = [
    ['/public/partners', '/public/partners?source=website'],
    ['/public/partners?page=2', '/public/partners?page=02'],
  ] as const;
  const ENCODINGS: Record<string, string>[] = [{}, { 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip, deflate' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];

  it('sends the same status, headers and bytes as the route, in every encoding, 200 and 304 alike', async () => {
    for (const [fast, routed] of SAME) {
      for (const encoding of ENCODINGS) {
        const [a, b] = await Promise.all([rawGet(baseUrl + fast, encoding), rawGet(baseUrl + routed, encoding)]);
        expect(a.status).toBe(200);
        expect(comparable(a)).toEqual(comparable(b));
        const conditionals: Record<string, string>[] = [{ 'if-none-match': a.headers.etag }, { 'if-none-match': `W/${a.headers.etag}, "other"` }, { 'if-modified-since': a.headers['last-modified'] }];
        for (const conditional of conditionals) {
          const [c, d] = await Promise.all([rawGet(baseUrl + fast, { ...encoding, ...conditional }), rawGet(baseUrl + routed, { ...encoding, ...conditional })]);
          expect(c.status).toBe(304);
          expect(comparable(c)).toEqual(comparable(d));
        }
      }
    }
  });

  it('keeps the data security headers, and a caller’s well-formed request id', async () => {
    const res = await rawGet(`${baseUrl}/public/partners?page=1`, { 'x-request-id': 'proxy-id-1234' });
    expect(res.headers).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-request-id': 'proxy-id-1234',
      'access-control-allow-origin': '*',
    });
    const fresh = await rawGet(`${baseUrl}/public/partners`, { 'x-request-id': 'no' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves what it does not serve to the route: a page out of range, a bad page, HEAD', async () => {
    expect((await rawGet(`${baseUrl}/public/partners?page=999`, {})).status).toBe(404);
    expect((await rawGet(`${baseUrl}/public/partners?page=x`, {})).status).toBe(400);
    const head = await rawGet(`${baseUrl}/public/partners?page=1`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
  });
});
