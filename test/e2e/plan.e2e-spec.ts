import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ARTIFACTS, describeWithBrowser, launchBrowser } from '../support/browser.js';
import { agreementBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The quarter today falls in (the API lets admins freeze a quarter once it has started). */
function currentQuarter(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

describe('implementation plan, quarterly updates and figures', () => {
  let app: TestApp;
  let admin: string;
  let officer: string;
  let viewer: string;
  let ownerId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [admin, officer, viewer] = await Promise.all([app.tokenFor('admin'), app.tokenFor('officer'), app.tokenFor('viewer')]);
    ownerId = (await app.http().get('/api/v1/auth/me').set(auth(officer)).expect(200)).body.id;
  });
  afterAll(() => app.close());

  const partner = async (overrides: Record<string, unknown>): Promise<string> =>
    (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ confirmNotDuplicate: true, ...overrides })).expect(201)).body.id;

  describe('coverage figures', () => {
    // A fixture in 2001, a year no other test's figures reach, so the figures are exactly what is made here.
    // The partners have ended, so their long-past dialogue dates never reach another test's reminder run.
    const from = '2001-01-01';
    const to = '2001-12-31';

    beforeAll(async () => {
      const a = await partner({ area: 'wirral', kind: 'charity', priorityAreas: ['housing'], themes: ['people-and-skills'], status: 'ended' });
      const b = await partner({ area: 'wirral', kind: 'school', priorityAreas: ['housing', 'culture'], themes: [], status: 'ended' });
      const c = await partner({ area: 'sefton', kind: 'charity', priorityAreas: [], themes: ['people-and-skills'], status: 'ended' });
      const late = await partner({ area: 'sefton', kind: 'school', status: 'ended' }); // created in 2002: outside the period
      await app.dataSource.query(`UPDATE partners SET created_at = '2001-02-10T12:00:00Z' WHERE id = ANY($1)`, [[a, b, c]]);
      await app.dataSource.query(`UPDATE partners SET created_at = '2002-01-05T12:00:00Z' WHERE id = $1`, [late]);
      for (const [partnerIds, occurredAt] of [[[a, b], '2001-03-01T10:00:00Z'], [[a], '2001-06-01T10:00:00Z'], [[c], '2000-12-31T10:00:00Z']] as const) {
        await app.http().post('/api/v1/meetings').set(auth(officer)).send({ occurredAt, kind: 'meeting', title: 'Fixture', partnerIds }).expect(201);
      }
      const agreement = await app
        .http()
        .post('/api/v1/agreements')
        .set(auth(officer))
        .send(agreementBody([a], { status: 'active', endDate: '2001-12-31', renewalNoticeDays: 30 }))
        .expect(201);
      await app.dataSource.query(`UPDATE agreements SET created_at = '2001-04-01T12:00:00Z' WHERE id = $1`, [agreement.body.id]);
    });

    it('match the hand-counted fixture', async () => {
      const figures = (await app.http().get(`/api/v1/figures?from=${from}&to=${to}`).set(auth(viewer)).expect(200)).body;
      expect(figures).toMatchObject({
        from,
        to,
        partners: 3,
        partnersByAreaKind: [
          { key: 'sefton/charity', count: 1 },
          { key: 'wirral/charity', count: 1 },
          { key: 'wirral/school', count: 1 },
        ],
        partnersByArea: [
          { key: 'sefton', count: 1 },
          { key: 'wirral', count: 2 },
        ],
        partnersByPriorityArea: [
          { key: 'housing', count: 2 },
          { key: 'culture', count: 1 },
        ],
        partnersByTheme: [{ key: 'people-and-skills', count: 2 }],
        newPartners: 3,
        newSignatories: 0,
        // The meeting on 2000-12-31 is outside the period.
        meetingsHeld: 2,
        partnersEngaged: 2,
        engagementByArea: [{ area: 'wirral', meetings: 2, partnersEngaged: 2 }],
        agreementsByKindStatus: [{ key: 'memorandum-of-understanding/active', count: 1 }],
        renewalsDue: 1,
        pledgesByStatus: [],
        pledgesByArea: [],
      });
    });

    it('refuses a period that ends before it starts, or malformed dates', async () => {
      expect((await app.http().get('/api/v1/figures?from=2001-12-31&to=2001-01-01').set(auth(viewer)).expect(400)).body.code).toBe('PLAN.INVALID_PERIOD');
      expect((await app.http().get('/api/v1/figures?from=2001-02-30&to=2001-03-01').set(auth(viewer)).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    });
  });

  describe('quarterly updates', () => {
    const quarter = currentQuarter();
    let activityId: string;
    let frozen: Record<string, unknown>;

    it('an officer plans activities and reports progress; the latest report sets the RAG status', async () => {
      const lead = await partner({ name: `Lead partner ${randomUUID().slice(0, 6)}` });
      const created = await app
        .http()
        .post('/api/v1/plan/activities')
        .set(auth(officer))
        .send({
          title: 'Open the civic data observatory',
          theme: 'knowledge-and-impact',
          priority: 'current',
          ownerId,
          targetDate: '2027-06-30',
          promises: ['being-local-champions'],
          outcomes: ['outcome-01', 'outcome-02'],
          priorityAreas: ['housing'],
          leadPartners: [lead],
        })
        .expect(201);
      activityId = created.body.id;
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({ status: 'not-started', theme: { code: 'knowledge-and-impact' }, leadPartners: [{ id: lead }], latestProgress: null });
      await app.http().post('/api/v1/plan/activities').set(auth(officer)).send({ title: 'Second activity', theme: 'people-and-skills' }).expect(201);

      await app
        .http()
        .post(`/api/v1/plan/activities/${activityId}/progress`)
        .set(auth(officer))
        .send({ reportedOn: '2026-01-15', status: 'on-track', summary: 'Data sharing agreed.', evidenceLinks: ['https://example.org/minutes'] })
        .expect(201);
      const activity = (await app.http().get(`/api/v1/plan/activities/${activityId}`).set(auth(viewer)).expect(200)).body;
      expect(activity).toMatchObject({ status: 'on-track', version: 2, latestProgress: { summary: 'Data sharing agreed.' } });
      // A report about an earlier day does not override the latest one.
      await app
        .http()
        .post(`/api/v1/plan/activities/${activityId}/progress`)
        .set(auth(officer))
        .send({ reportedOn: '2025-12-01', status: 'at-risk', summary: 'Late entry.' })
        .expect(201);
      expect((await app.http().get(`/api/v1/plan/activities/${activityId}`).set(auth(viewer)).expect(200)).body.status).toBe('on-track');
      await app.http().post('/api/v1/plan/case-studies').set(auth(officer)).send({ title: 'A story', story: 'What happened.', activities: [activityId], partners: [lead] }).expect(201);
    });

    it('a frozen quarter never changes, whatever is edited later', async () => {
      const res = await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter }).expect(201);
      frozen = res.body;
      expect(res.body.activities).toContainEqual(
        expect.objectContaining({ id: activityId, status: 'on-track', latestProgress: expect.objectContaining({ summary: 'Data sharing agreed.' }) }),
      );
      expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);

      await app.http().patch(`/api/v1/plan/activities/${activityId}`).set(auth(officer)).set('if-match', '"2"').send({ title: 'Renamed', status: 'off-track' }).expect(200);
      await app.http().post(`/api/v1/plan/activities/${activityId}/progress`).set(auth(officer)).send({ reportedOn: '2026-02-01', status: 'done', summary: 'Later.' }).expect(201);
      expect((await app.http().get(`/api/v1/quarterly-updates/${quarter}`).set(auth(viewer)).expect(200)).body).toEqual(frozen);

      expect((await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter }).expect(409)).body.code).toBe('PLAN.QUARTER_FROZEN');
      await expect(app.dataSource.query(`UPDATE quarterly_updates SET activities = '[]' WHERE quarter = $1`, [quarter])).rejects.toThrow(/frozen/);
      await expect(app.dataSource.query(`DELETE FROM quarterly_updates WHERE quarter = $1`, [quarter])).rejects.toThrow(/frozen/);
      expect((await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter: '2199-Q1' }).expect(422)).body.code).toBe('PLAN.QUARTER_NOT_STARTED');
      await app.http().post('/api/v1/quarterly-updates').set(auth(officer)).send({ quarter }).expect(403);
    });

    it('only published quarters are public, with a printable report holding the headline figures', async () => {
      await app.http().get(`/public/quarterly-updates/${quarter}`).expect(404);
      expect((await app.http().get('/public/quarterly-updates').expect(200)).body.items).toEqual([]);
      await app.http().post(`/api/v1/quarterly-updates/${quarter}/publish`).set(auth(admin)).expect(200);
      const published = (await app.http().get(`/public/quarterly-updates/${quarter}`).expect(200)).body;
      expect({ ...published, publishedAt: null }).toEqual({ ...frozen, publishedAt: null });
      expect((await app.http().get('/public/quarterly-updates').expect(200)).body.items.map((q: { quarter: string }) => q.quarter)).toEqual([quarter]);

      const report = await app.http().get(`/public/quarterly-updates/${quarter}/report`).expect(200);
      expect(report.headers['content-type']).toMatch(/^text\/html/);
      expect(report.text).toContain('<svg');
      expect(report.text).toContain('Open the civic data observatory');
      expect(report.text).not.toContain('Renamed');

      const annual = (await app.http().get(`/api/v1/annual-reports/${quarter.slice(0, 4)}`).set(auth(viewer)).expect(200)).body;
      expect(annual).toMatchObject({ quarters: [quarter], newPartners: (frozen.figures as { newPartners: number }).newPartners });
    });
  });
});

describeWithBrowser('the printable quarterly report in headless Chromium', () => {
  it('renders to a PNG whose page shows the quarter, its headline figures and both charts', async () => {
    const app = await startTestApp();
    const browser = await launchBrowser();
    try {
      const admin = await app.tokenFor('admin');
      const quarter = currentQuarter();
      const existing = await app.http().get(`/api/v1/quarterly-updates/${quarter}`).set(auth(admin));
      if (existing.status === 404) await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter }).expect(201);
      const update = (await app.http().get(`/api/v1/quarterly-updates/${quarter}`).set(auth(admin)).expect(200)).body;
      await app.http().post(`/api/v1/quarterly-updates/${quarter}/publish`).set(auth(admin)).expect(200);
      await app.api.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;

      const page = await browser.context.newPage();
      await page.goto(`${base}/public/quarterly-updates/${quarter}/report`);
      const png = await page.screenshot({ path: new URL(`quarterly-report-${quarter}.png`, ARTIFACTS).pathname, fullPage: true });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const text = await page.innerText('body');
      expect(text).toContain(`Quarterly update ${quarter}`);
      expect(text).toMatch(new RegExp(`${update.figures.partners}\\s+Partners`));
      expect(text).toMatch(new RegExp(`${update.figures.newPartners}\\s+New partners`));
      expect(await page.locator('svg[role="img"]').count()).toBe(2);
      expect(await page.locator('svg title').allTextContents()).toEqual(['Partners by area', 'Activities by RAG status']);
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
