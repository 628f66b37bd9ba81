import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { partnerBody } from '../support/factories.js';
import { describeWithBrowser, launchBrowser, type Browser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** What script on the other site saw of one response. */
interface Seen {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

/**
 * A partner's or the council's website: its own origin, whose script reads the public routes with fetch(),
 * as the public list's consumers do, conditional requests included.
 */
describeWithBrowser('the public routes from script on another website', () => {
  let app: TestApp;
  let browser: Browser;
  let site: Server;
  let api: string;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    await app.api.listen(0, '127.0.0.1');
    api = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
    const admin = { authorization: `Bearer ${await app.tokenFor('admin')}` };
    const listed = partnerBody({ status: 'active', name: 'Cross-origin Listed Partner', publicListing: { consent: true, fields: ['name', 'website'] } });
    await app.http().post('/api/v1/partners').set(admin).send(listed).expect(201);
    await app.http().post('/api/v1/publications').set(admin).expect(200);

    // The other website: another origin (another host name and port) serving a page of its own.
    site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Partners</title>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await app?.close();
  });

  /** fetch() run by the other site's page; a CORS refusal comes back as `error`. */
  const fetchFromSite = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    page.evaluate(
      async ({ url, init: options }) => {
        try {
          const response = await fetch(url, options);
          const names = ['etag', 'link', 'last-modified', 'content-type', 'content-disposition', 'x-request-id', 'cache-control'];
          return {
            status: response.status,
            headers: Object.fromEntries(names.map((name) => [name, response.headers.get(name)])),
            body: await response.text(),
          };
        } catch (error) {
          return { error: String(error) };
        }
      },
      { url: `${api}${path}`, init },
    ) as Promise<Seen & { error?: string }>;

  it('reads the list with its validators and page links, and revalidates with If-None-Match and If-Modified-Since', async () => {
    const first = await fetchFromSite('/public/partners?page=1');
    expect(first).toMatchObject({ status: 200 });
    expect(first.headers.etag).toMatch(/^"/);
    expect(first.headers.link).toContain('rel="first"');
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers['x-request-id']).toBeTruthy();
    expect(JSON.parse(first.body).partners.map((p: { name: string }) => p.name)).toContain('Cross-origin Listed Partner');

    // If-None-Match is not a "simple" header: the browser sends a preflight first.
    const again = await fetchFromSite('/public/partners?page=1', { headers: { 'If-None-Match': first.headers.etag ?? '' } });
    expect(again).toMatchObject({ status: 304, body: '' });
    expect(again.headers.etag).toBe(first.headers.etag);
    const whole = await fetchFromSite('/public/partners');
    const since = await fetchFromSite('/public/partners', { headers: { 'If-Modified-Since': whole.headers['last-modified'] ?? '' } });
    expect(since.status).toBe(304);
  });

  it('reads every other public route, their errors included', async () => {
    const changes = await fetchFromSite('/public/partners/changes?since=0');
    expect(changes.status).toBe(200);
    const revalidated = await fetchFromSite('/public/partners/changes?since=0', { headers: { 'If-None-Match': changes.headers.etag ?? '' } });
    expect(revalidated.status).toBe(304);
    const version = JSON.parse(changes.body).version as number;
    expect((await fetchFromSite(`/public/partners/versions/${version}`)).status).toBe(200);
    const csv = await fetchFromSite('/public/partners.csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect((await fetchFromSite('/public/signatories')).status).toBe(200);
    expect((await fetchFromSite('/public/pledges/pact')).status).toBe(200);
    expect((await fetchFromSite('/public/quarterly-updates')).status).toBe(200);

    const pastTheEnd = await fetchFromSite('/public/partners?page=999');
    expect(pastTheEnd.status).toBe(404);
    expect(JSON.parse(pastTheEnd.body).code).toBe('PUBLICATION.PAGE_NOT_FOUND');
    const unknownPledge = await fetchFromSite('/public/pledges/no-such-pledge');
    expect(unknownPledge.status).toBe(404);
    expect(JSON.parse(unknownPledge.body).code).toBe('PLEDGE.NOT_FOUND');
  });

  it('posts a signature as JSON (a preflighted request) and reads the answer', async () => {
    const refused = await fetchFromSite('/public/pledges/pact/signatures', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('cannot read the staff API: CORS is granted to the public routes only', async () => {
    const staff = await fetchFromSite('/api/v1/partners', { headers: { Authorization: 'Bearer not-a-token' } });
    expect(staff.error).toMatch(/Failed to fetch/);
  });
});
