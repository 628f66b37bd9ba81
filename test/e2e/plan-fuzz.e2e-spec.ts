import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { partnerBody } from '../support/factories.js';
import { bodyFuzzer } from '../support/http-fuzz.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RUNS = 100;

describe('fuzzed implementation plan and report requests', () => {
  let app: TestApp;
  let token: string;
  let partnerId: string;
  let activityId: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.tokenFor('admin');
    const auth = { authorization: `Bearer ${token}` };
    partnerId = (await app.http().post('/api/v1/partners').set(auth).send(partnerBody()).expect(201)).body.id;
    activityId = (await app.http().post('/api/v1/plan/activities').set(auth).send({ title: 'Fuzzed', theme: 'people-and-skills' }).expect(201)).body.id;
  });
  afterAll(() => app.close());

  const { property, sweep } = bodyFuzzer(() => app, () => token, RUNS);
  const activity = (): Record<string, unknown> => ({
    title: 'An activity',
    description: 'x',
    theme: 'knowledge-and-impact',
    priority: 'planned',
    status: 'at-risk',
    targetDate: '2027-01-31',
    promises: ['being-good-neighbours'],
    outcomes: ['outcome-03'],
    priorityAreas: ['culture'],
    leadPartners: [partnerId],
    partners: [],
  });
  const progress = (): Record<string, unknown> => ({ reportedOn: '2026-03-01', status: 'on-track', summary: 's', evidenceLinks: ['https://example.org/e'] });

  it('every field of every body × every hostile constant', async () => {
    await sweep('post', '/api/v1/plan/activities', activity());
    await sweep('patch', `/api/v1/plan/activities/${activityId}`, { ...activity(), reason: 'why' });
    await sweep('post', `/api/v1/plan/activities/${activityId}/progress`, progress());
    await sweep('post', '/api/v1/plan/case-studies', { title: 't', story: 's', activities: [activityId], partners: [partnerId] });
    await sweep('post', '/api/v1/quarterly-updates', { quarter: '1999-Q1' });
  });

  it('POST /api/v1/plan/activities', () => property('post', () => '/api/v1/plan/activities', activity));
  it('PATCH /api/v1/plan/activities/:id', () => property('patch', () => `/api/v1/plan/activities/${activityId}`, activity));
  it('POST /api/v1/plan/activities/:id/progress', () => property('post', () => `/api/v1/plan/activities/${activityId}/progress`, progress));
});
