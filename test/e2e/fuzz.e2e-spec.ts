import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { contactBody, partnerBody } from '../support/factories.js';
import { hostileValue } from '../support/fuzz.js';
import { bodyFuzzer } from '../support/http-fuzz.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RUNS = 150;

/** Fuzzed request bodies and queries never produce a 500; every rejection is a problem+json 4xx. */
describe('fuzzed partner and contact requests', () => {
  let app: TestApp;
  let token: string;
  let partnerId: string;
  let contactId: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.tokenFor('admin');
    partnerId = (await app.http().post('/api/v1/partners').set('authorization', `Bearer ${token}`).send(partnerBody()).expect(201)).body.id;
    contactId = (
      await app.http().post(`/api/v1/partners/${partnerId}/contacts`).set('authorization', `Bearer ${token}`).send(contactBody()).expect(201)
    ).body.id;
  });
  afterAll(() => app.close());

  const { property, sweep } = bodyFuzzer(() => app, () => token, RUNS);

  it('every field of every body × every hostile constant', async () => {
    await sweep('post', '/api/v1/partners', partnerBody({ confirmNotDuplicate: true, postcode: 'L1 1AA', tags: ['a'], themes: [] }));
    await sweep('post', `/api/v1/partners/${partnerId}/contacts`, contactBody({ phone: '0151 000 0000', isPrimary: false }));
    await sweep('post', '/api/v1/meetings', meetingBody());
    await sweep('post', `/api/v1/partners/${partnerId}/dialogue/snooze`, {
      until: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      reason: 'fuzzing',
    });
  });

  const meetingBody = (): Record<string, unknown> => ({
    occurredAt: '2026-01-01T10:00:00Z',
    kind: 'call',
    title: 'Fuzzed',
    partnerIds: [partnerId],
    staffIds: [],
    contactIds: [contactId],
    priorityAreas: ['housing'],
    themes: [],
    notes: 'n',
    outcomes: 'o',
    actions: [{ description: 'd', dueDate: '2030-01-01' }],
  });

  it('POST /api/v1/meetings', () => property('post', () => '/api/v1/meetings', meetingBody));

  it('POST /api/v1/partners', () => property('post', () => '/api/v1/partners', () => partnerBody({ confirmNotDuplicate: true })));

  it('PATCH /api/v1/partners/:id', () => property('patch', () => `/api/v1/partners/${partnerId}`, () => partnerBody()));

  it('POST /api/v1/partners/:id/contacts', () => property('post', () => `/api/v1/partners/${partnerId}/contacts`, () => contactBody()));

  it('PATCH /api/v1/contacts/:id', () => property('patch', () => `/api/v1/contacts/${contactId}`, () => contactBody()));

  it('POST /api/v1/contacts/:id/move', () =>
    property('post', () => `/api/v1/contacts/${contactId}/move`, () => ({ partnerId, jobTitle: 'x', reason: 'y' })));

  it('GET /api/v1/partners with fuzzed query strings', () =>
    fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('q', 'kind', 'area', 'status', 'owner', 'priorityArea', 'theme', 'list', 'tag', 'sort', 'limit', 'cursor', 'archived', 'x'),
          hostileValue.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')),
          { maxKeys: 4 },
        ),
        async (query) => {
          const res = await app.http().get('/api/v1/partners').query(query).set('authorization', `Bearer ${token}`);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    ));
});
