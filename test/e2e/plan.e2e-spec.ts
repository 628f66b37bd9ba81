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
      // The quarter is still running: it is frozen only early, on purpose, with a reason.
      const refused = await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter }).expect(422);
      expect(refused.body.code).toBe('PLAN.QUARTER_NOT_OVER');
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter, early: true }).expect(400);
      await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter, early: true, earlyReason: '  ' }).expect(400);
      expect((await app.http().get(`/api/v1/quarterly-updates/${quarter}`).set(auth(viewer))).status).toBe(404);
      const res = await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter, early: true, earlyReason: 'Board meets before the quarter ends.' }).expect(201);
      expect(res.body).toMatchObject({ earlyReason: 'Board meets before the quarter ends.', showStaffNames: false });
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
      // Other files of the run may publish quarters of their own in this database: only this one is looked for.
      const publicQuarters = async (): Promise<string[]> =>
        (await app.http().get('/public/quarterly-updates').expect(200)).body.items.map((q: { quarter: string }) => q.quarter);
      expect(await publicQuarters()).not.toContain(quarter);
      await app.http().post(`/api/v1/quarterly-updates/${quarter}/publish`).set(auth(admin)).expect(200);
      const published = (await app.http().get(`/public/quarterly-updates/${quarter}`).expect(200)).body;
      // The admin did not choose to show staff names, so the public copy has none.
      const unnamed = {
        ...frozen,
        activities: (frozen.activities as Record<string, unknown>[]).map((a) => ({ ...a, owner: null })),
        figures: { ...(frozen.figures as Record<string, unknown>), overdueByOwner: (frozen.figures as { overdueByOwner: object[] }).overdueByOwner.map((o) => ({ ...o, ownerId: null, ownerName: null })) },
      };
      expect({ ...published, publishedAt: null }).toEqual({ ...unnamed, publishedAt: null });
      expect(JSON.stringify(frozen.activities)).toContain('"owner":"');
      expect(await publicQuarters()).toContain(quarter);

      const report = await app.http().get(`/public/quarterly-updates/${quarter}/report`).expect(200);
      expect(report.headers['content-type']).toMatch(/^text\/html/);
      expect(report.text).toContain('<svg');
      expect(report.text).toContain('Open the civic data observatory');
      expect(report.text).not.toContain('Renamed');
      expect(report.text).toContain('<meta name="viewport"');
      expect(report.text).toContain('<main>');
      expect(report.text).toContain('Frozen before the quarter ended');
      expect(report.text).toContain('Board meets before the quarter ends.');
      expect(report.text).toContain('Knowledge and Impact');
      expect(report.text).not.toContain('>knowledge-and-impact<');
      expect(report.text).not.toContain('<th scope="col">Owner</th>');
      const staffReport = await app.http().get(`/api/v1/quarterly-updates/${quarter}/report`).set(auth(viewer)).expect(200);
      expect(staffReport.text).toContain('<th scope="col">Owner</th>');

      const annual = (await app.http().get(`/api/v1/annual-reports/${quarter.slice(0, 4)}`).set(auth(viewer)).expect(200)).body;
      expect(annual).toMatchObject({ quarters: [quarter], newPartners: (frozen.figures as { newPartners: number }).newPartners });
    });
  });
  describe('correcting progress', () => {
    let activityId: string;
    const progressOf = async (id: string) => (await app.http().get(`/api/v1/plan/activities/${id}/progress`).set(auth(viewer)).expect(200)).body as Record<string, unknown>[];
    const statusOf = async (id: string) => (await app.http().get(`/api/v1/plan/activities/${id}`).set(auth(viewer)).expect(200)).body.status as string;
    const report = (body: Record<string, unknown>) => app.http().post(`/api/v1/plan/activities/${activityId}/progress`).set(auth(officer)).send(body);

    beforeAll(async () => {
      activityId = (await app.http().post('/api/v1/plan/activities').set(auth(officer)).send({ title: `Corrections ${randomUUID().slice(0, 6)}`, theme: 'place-and-community' }).expect(201)).body.id;
    });

    it('refuses a progress update dated after today, writing nothing', async () => {
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const res = await report({ reportedOn: tomorrow, status: 'done', summary: 'Not yet.' }).expect(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'PLAN.PROGRESS_IN_FUTURE' });
      expect(await progressOf(activityId)).toEqual([]);
      expect(await statusOf(activityId)).toBe('not-started');
    });

    it('a wrong update is corrected or withdrawn, and the status follows the latest update that stands', async () => {
      const first = (await report({ reportedOn: '2026-01-10', status: 'on-track', summary: 'Started well.' }).expect(201)).body;
      const wrong = (await report({ reportedOn: '2026-02-10', status: 'off-track', summary: 'Typed on the wrong activity.' }).expect(201)).body;
      expect(await statusOf(activityId)).toBe('off-track');

      const path = (id: string, what: string) => `/api/v1/plan/activities/${activityId}/progress/${id}/${what}`;
      await app.http().post(path(wrong.id, 'correction')).set(auth(viewer)).send({ reportedOn: '2026-02-10', status: 'at-risk', summary: 'x', reason: 'y' }).expect(403);
      await app.http().post(path(wrong.id, 'correction')).set(auth(officer)).send({ reportedOn: '2026-02-10', status: 'at-risk', summary: 'Slipping.' }).expect(400);
      const future = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      expect((await app.http().post(path(wrong.id, 'correction')).set(auth(officer)).send({ reportedOn: future, status: 'at-risk', summary: 'Slipping.', reason: 'Wrong rating.' }).expect(422)).body.code).toBe('PLAN.PROGRESS_IN_FUTURE');
      const corrected = (await app.http().post(path(wrong.id, 'correction')).set(auth(officer)).send({ reportedOn: '2026-02-10', status: 'at-risk', summary: 'Slipping.', reason: 'Wrong rating.' }).expect(201)).body;
      expect(corrected).toMatchObject({ status: 'at-risk', correctsId: wrong.id, withdrawnAt: null });
      expect(await statusOf(activityId)).toBe('at-risk');
      const timeline = await progressOf(activityId);
      expect(timeline.map((u) => [u.id, u.withdrawalReason, u.correctedById])).toEqual([
        [corrected.id, null, null],
        [wrong.id, 'Wrong rating.', corrected.id],
        [first.id, null, null],
      ]);
      expect((await app.http().post(path(wrong.id, 'withdrawal')).set(auth(officer)).send({ reason: 'Again' }).expect(409)).body.code).toBe('PLAN.PROGRESS_WITHDRAWN');
      expect((await app.http().post(path(randomUUID(), 'withdrawal')).set(auth(officer)).send({ reason: 'Again' }).expect(404)).body.code).toBe('PLAN.PROGRESS_NOT_FOUND');

      await app.http().post(path(corrected.id, 'withdrawal')).set(auth(officer)).send({ reason: 'Not this quarter after all.' }).expect(200);
      expect(await statusOf(activityId)).toBe('on-track');
      await app.http().post(path(first.id, 'withdrawal')).set(auth(officer)).send({ reason: 'Duplicate.' }).expect(200);
      expect(await statusOf(activityId)).toBe('not-started');

      const audit = await app.dataSource.query<{ action: string; reason: string | null; changes: Record<string, { before: unknown; after: unknown }> }[]>(
        `SELECT action, reason, changes FROM audit_entries WHERE entity_type = 'plan-activity' AND entity_id = $1 ORDER BY occurred_at`,
        [activityId],
      );
      expect(audit.map((a) => [a.action, a.reason, a.changes.status?.after ?? null])).toEqual([
        ['created', null, 'not-started'],
        ['progress-reported', null, 'on-track'],
        ['progress-reported', null, 'off-track'],
        ['progress-corrected', 'Wrong rating.', 'at-risk'],
        ['progress-withdrawn', 'Not this quarter after all.', 'on-track'],
        ['progress-withdrawn', 'Duplicate.', 'not-started'],
      ]);
    });
  });

  describe('an ended quarter', () => {
    // 2004-Q2: a quarter no other test freezes, with activities back-dated into it.
    const quarter = '2004-Q2';
    const title = `Then ${randomUUID().slice(0, 6)}`;
    let during: string;
    let handSet: string;

    beforeAll(async () => {
      const create = async (name: string) => (await app.http().post('/api/v1/plan/activities').set(auth(officer)).send({ title: name, theme: 'people-and-skills', ownerId }).expect(201)).body.id as string;
      during = await create(`${title} during`);
      handSet = await create(`${title} set by hand`);
      const after = await create(`${title} after`);
      await app.dataSource.query(`UPDATE plan_activities SET created_at = '2004-05-01T12:00:00Z' WHERE id = ANY($1)`, [[during, handSet]]);
      await app.dataSource.query(`UPDATE plan_activities SET created_at = '2004-07-02T12:00:00Z' WHERE id = $1`, [after]);
      const progress = (id: string, reportedOn: string, status: string) =>
        app.http().post(`/api/v1/plan/activities/${id}/progress`).set(auth(officer)).send({ reportedOn, status, summary: `${status} on ${reportedOn}` }).expect(201);
      await progress(during, '2004-06-01', 'at-risk');
      await progress(during, '2004-08-01', 'done');
      // A status changed by hand before the quarter ended, then again long after.
      await app.http().patch(`/api/v1/plan/activities/${handSet}`).set(auth(officer)).set('if-match', '"1"').send({ status: 'on-track' }).expect(200);
      await app.dataSource.query(
        `INSERT INTO audit_entries (entity_type, entity_id, action, occurred_at, changes)
         VALUES ('plan-activity', $1, 'updated', '2004-06-15T12:00:00Z', '{"status": {"before": "not-started", "after": "off-track"}}')`,
        [handSet],
      );
    });

    it('previews exactly what freezing records: activities as they stood at the end, none created after it', async () => {
      const preview = (await app.http().get(`/api/v1/quarterly-updates/${quarter}/preview`).set(auth(viewer)).expect(200)).body;
      expect(preview).toMatchObject({ quarter, periodStart: '2004-04-01', periodEnd: '2004-06-30', ended: true, frozen: false });
      const ours = (preview.activities as { title: string; status: string; latestProgress: { reportedOn: string } | null }[]).filter((a) => a.title.startsWith(title));
      expect(ours.map((a) => [a.title, a.status, a.latestProgress?.reportedOn ?? null]).sort()).toEqual([
        [`${title} during`, 'at-risk', '2004-06-01'],
        [`${title} set by hand`, 'off-track', null],
      ]);
      expect((await app.http().get(`/api/v1/quarterly-updates/${quarter}`).set(auth(viewer))).status).toBe(404);
      expect((await app.http().get('/api/v1/quarterly-updates/2199-Q1/preview').set(auth(viewer)).expect(422)).body.code).toBe('PLAN.QUARTER_NOT_STARTED');

      const frozen = (await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter, showStaffNames: true }).expect(201)).body;
      expect(frozen).toMatchObject({ earlyReason: null, showStaffNames: true });
      expect({ activities: frozen.activities, figures: frozen.figures, ragSummary: frozen.ragSummary }).toEqual({
        activities: preview.activities,
        figures: preview.figures,
        ragSummary: preview.ragSummary,
      });
      expect((await app.http().get(`/api/v1/quarterly-updates/${quarter}/preview`).set(auth(viewer)).expect(200)).body.frozen).toBe(true);
    });

    it('names staff in public only when the admin who froze it chose to', async () => {
      await app.http().post(`/api/v1/quarterly-updates/${quarter}/publish`).set(auth(admin)).expect(200);
      const published = (await app.http().get(`/public/quarterly-updates/${quarter}`).expect(200)).body;
      expect(published.activities.find((a: { id: string }) => a.id === during).owner).toEqual(expect.any(String));
      const report = await app.http().get(`/public/quarterly-updates/${quarter}/report`).expect(200);
      expect(report.text).toContain('<th scope="col">Owner</th>');
      expect(report.text).toContain('People and Skills');
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
      if (existing.status === 404) await app.http().post('/api/v1/quarterly-updates').set(auth(admin)).send({ quarter, early: true, earlyReason: 'Test' }).expect(201);
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
