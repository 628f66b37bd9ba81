import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { agreementBody, partnerBody } from '../support/factories.js';
import { hostileValue } from '../support/fuzz.js';
import { bodyFuzzer } from '../support/http-fuzz.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RUNS = 150;

/** Fuzzed agreement bodies, queries and uploads never produce a 500; every rejection is a problem+json 4xx. */
describe('fuzzed agreement requests', () => {
  let app: TestApp;
  let token: string;
  let partnerId: string;
  let agreementId: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.tokenFor('admin');
    const auth = { authorization: `Bearer ${token}` };
    partnerId = (await app.http().post('/api/v1/partners').set(auth).send(partnerBody()).expect(201)).body.id;
    agreementId = (await app.http().post('/api/v1/agreements').set(auth).send(agreementBody([partnerId])).expect(201)).body.id;
  });
  afterAll(() => app.close());

  const validAgreement = (): Record<string, unknown> =>
    agreementBody([partnerId], {
      status: 'active',
      startDate: '2024-01-01',
      endDate: '2030-12-31',
      reviewDate: '2026-06-30',
      renewalNoticeDays: 60,
      description: 'x',
      themes: ['people-and-skills'],
      priorityAreas: ['housing'],
    });

  const { property, sweep } = bodyFuzzer(() => app, () => token, RUNS);

  it('every field of every body × every hostile constant', async () => {
    await sweep('post', '/api/v1/agreements', validAgreement());
    await sweep('patch', `/api/v1/agreements/${agreementId}`, { ...validAgreement(), status: undefined, reason: 'why' });
    await sweep('post', `/api/v1/agreements/${agreementId}/status`, { to: 'terminated', reason: 'r', endDate: '2031-01-01' });
    await sweep('post', `/api/v1/agreements/${agreementId}/document-links`, { title: 'Link', url: 'https://example.org/a.pdf' });
  });

  it('POST /api/v1/agreements', () => property('post', () => '/api/v1/agreements', validAgreement));

  it('PATCH /api/v1/agreements/:id', () =>
    property('patch', () => `/api/v1/agreements/${agreementId}`, () => ({ ...validAgreement(), status: undefined })));

  it('POST /api/v1/agreements/:id/status', () =>
    property('post', () => `/api/v1/agreements/${agreementId}/status`, () => ({ to: 'active', reason: 'r', endDate: '2031-01-01' })));

  it('POST /api/v1/agreements/:id/document-links', () =>
    property('post', () => `/api/v1/agreements/${agreementId}/document-links`, () => ({ title: 'Link', url: 'https://example.org/a.pdf' })));

  it('GET /api/v1/agreements with fuzzed query strings', () =>
    fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('q', 'kind', 'status', 'partner', 'owner', 'theme', 'priorityArea', 'reviewDueBefore', 'expiringBefore', 'sort', 'limit', 'cursor', 'x'),
          hostileValue.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')),
          { maxKeys: 4 },
        ),
        async (query) => {
          const res = await app.http().get('/api/v1/agreements').query(query).set('authorization', `Bearer ${token}`);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    ));

  it('crafted cursors for every sort are a 400, not a failed cast', async () => {
    for (const sort of ['title', 'endDate', '-reviewDate', 'createdAt']) {
      for (const value of ['not-a-date', '2024-13-45', 'x'.repeat(400), 7, null]) {
        const cursor = Buffer.from(JSON.stringify({ s: sort, v: [value, 'not-a-uuid'] })).toString('base64url');
        const res = await app.http().get('/api/v1/agreements').query({ sort, cursor }).set('authorization', `Bearer ${token}`);
        expect(res.status).toBe(400);
      }
    }
  });

  it('uploads with fuzzed names, media types and bytes', () =>
    fc.assert(
      fc.asyncProperty(
        // The name as raw percent-encoded bytes: control characters, separators, invalid UTF-8 and all.
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 100 }).map((t) => new TextEncoder().encode(`../${t}\r\n.pdf`))),
        fc.constantFrom('application/pdf', 'text/plain', 'image/png', 'image/jpeg', 'application/json', 'image/gif', 'text/plain; charset=latin1', ''),
        fc.uint8Array({ maxLength: 2000 }),
        async (fileName, contentType, bytes) => {
          const content = contentType === 'application/pdf' ? Buffer.concat([Buffer.from('%PDF-'), bytes]) : Buffer.from(bytes);
          let req = app
            .http()
            .post(`/api/v1/agreements/${agreementId}/documents?fileName=${[...fileName].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`)
            .set('authorization', `Bearer ${token}`);
          if (contentType) req = req.set('content-type', contentType);
          const res = await req.send(content);
          expect(res.status).toBeLessThan(500);
          if (res.status === 201) {
            expect(res.body.name).not.toMatch(/[/\\\r\n]/);
            expect(res.body.name).not.toContain('\u0000');
            expect(res.body.name.length).toBeLessThanOrEqual(200);
          }
        },
      ),
      { numRuns: RUNS },
    ));
});
