import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Debian's Chromium (CHROMIUM_PATH overrides). .ci/run installs it and sets REQUIRE_BROWSER=1, so CI
 * fails without it; on a developer machine without Chromium this file is skipped with a notice.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_BROWSER = existsSync(CHROMIUM);
if (!HAS_BROWSER && process.env.REQUIRE_BROWSER !== '1') {
  process.stderr.write(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)\n`);
}
const describeWithBrowser = HAS_BROWSER || process.env.REQUIRE_BROWSER === '1' ? describe : describe.skip;
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
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
  let context: BrowserContext;
  let base: string;
  let userDataDir: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
    app = await startTestApp({ worker: true });
    await app.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
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
  }, 60_000);

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
  }, 60_000);
});
