import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, describeWithBrowser, launchBrowser, type Browser } from '../support/browser.js';
import { individualSignature, linkToken } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Injects axe-core through the DevTools protocol (the page's CSP forbids inline scripts) and runs it. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<{ violations: AxeViolation[] }>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
  );
  return result.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeWithBrowser('the hosted signing page in headless Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    app = await startTestApp({ worker: true });
    await app.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  };

  it('has no accessibility violations on the signing page, with and without errors', async () => {
    const page = await open('/sign/pact');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign the pledge' }).click();
    await page.waitForLoadState('load');
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    await page.getByRole('link', { name: 'Enter the name of your organisation' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-organisationName');
    await page.screenshot({ path: new URL('signing-page-errors.png', ARTIFACTS).pathname, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an organisation fills the form without JavaScript help, submits it and reaches "check your email"', async () => {
    const page = await open('/sign/pact');
    const email = `browser-${Date.now()}@org.test`;
    await page.getByLabel('Organisation name').fill('Browser Test Community Trust');
    await page.getByLabel('Kind of organisation').selectOption('charity');
    await page.getByLabel('Where it is based').selectOption('knowsley');
    await page.getByLabel('Website (optional)').fill('https://www.browser-test.org.uk');
    await page.getByLabel('Full name').fill('Robin Browser');
    await page.getByLabel('Job title').fill('Chair of Trustees');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Empowering local communities').check();
    await page.getByLabel('I confirm that I have authority to sign on behalf of this organisation').check();
    expect(await page.getByLabel('List our organisation publicly as a signatory').isChecked()).toBe(false);
    await page.screenshot({ path: new URL('signing-page-filled.png', ARTIFACTS).pathname, fullPage: true });
    await Promise.all([page.waitForURL('**/sign/pact/check-email'), page.getByRole('button', { name: 'Sign the pledge' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');
    await page.screenshot({ path: new URL('signing-check-email.png', ARTIFACTS).pathname, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const mail = await app.mail.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toMatch(/^Confirm your signature/);
    const [row] = await app.dataSource.query('SELECT status, listing_consent, submitted_user_agent FROM signatures WHERE email = $1', [email]);
    expect(row).toMatchObject({ status: 'submitted', listing_consent: false, submitted_user_agent: expect.stringMatching(/Chrome/) });
    expect(cspViolations).toEqual([]);
    await page.close();
  });
  it('an individual who shows their name can stop showing it and keep the endorsement, from the withdrawal link', async () => {
    const body = individualSignature();
    await app.http().post('/public/pledges/city-plan/signatures').send(body).expect(202);
    const mail = (subject: string) => app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith(subject));
    await app.http().post(`/sign/verify/${linkToken(await mail('Confirm your signature'), 'verify')}`).type('form').send('').expect(200);
    const confirmed = await mail('Signature confirmed');
    expect(confirmed.text).toContain('stop showing your name (keeping your endorsement)');

    const page = await open(`/sign/withdraw/${linkToken(confirmed, 'withdraw')}`);
    await page.getByRole('heading', { level: 1, name: 'Withdraw your name or your endorsement' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Stop showing my name' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw my endorsement' }).waitFor();
    await page.screenshot({ path: new URL('signing-withdraw-choice.png', ARTIFACTS).pathname, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL('**/name'), page.getByRole('button', { name: 'Stop showing my name' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Your name will no longer be shown' }).waitFor();
    await page.screenshot({ path: new URL('signing-name-withdrawn.png', ARTIFACTS).pathname, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const [row] = await app.dataSource.query('SELECT status, listing_consent FROM signatures WHERE email = $1', [body.email]);
    expect(row).toEqual({ status: 'verified', listing_consent: false });

    await page.getByRole('link', { name: 'withdraw your endorsement now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Withdraw your endorsement' }).waitFor();
    await page.getByText('Your name is not shown publicly.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
