import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/common/auth/roles.decorator.js';
import { UsersService } from '../../src/users/users.service.js';
import { ARTIFACTS, launchBrowser, type Browser } from './browser.js';
import { startTestApp, type TestApp } from './test-app.js';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** WCAG 2.2 AA, as issue 13 asks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const WIDTHS = { desktop: 1280, phone: 390 } as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** One running stack (API + worker + PostgreSQL + SMTP catcher) and one browser for a test file. */
export interface StaffAppHarness {
  app: TestApp;
  browser: Browser;
  base: string;
  /** Console errors and CSP reports seen on any page (a test ends by expecting none). */
  pageErrors: string[];
  /** A new staff user with a known password. */
  createUser: (role: Role, displayName?: string) => Promise<StaffUser>;
  /** A new page at `path` under /app/, at the given width. */
  open: (path: string, width?: number) => Promise<Page>;
  close: () => Promise<void>;
}

export interface StaffUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** A bearer token for arranging data through the API. */
  token: string;
}

let userCount = 0;

export async function startStaffAppHarness(): Promise<StaffAppHarness> {
  const browser = await launchBrowser();
  const app = await startTestApp({ worker: true });
  await app.api.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
  const pageErrors: string[] = [];
  const users = app.api.get(UsersService);

  const createUser = async (role: Role, displayName = `Test ${role} ${++userCount}`): Promise<StaffUser> => {
    const email = `${role}-${Date.now()}-${userCount}@staff.test`;
    const password = 'a-long-test-password';
    const user = await users.create({ email, displayName, role, password }, { notify: false });
    const res = await app.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return { id: user.id, email, password, displayName, token: (res.body as { accessToken: string }).accessToken };
  };

  const open = async (path: string, width: number = WIDTHS.desktop): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) pageErrors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${base}/app${path}`);
    return page;
  };

  return {
    app,
    browser,
    base,
    pageErrors,
    createUser,
    open,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** axe-core's WCAG 2.2 AA findings on the page as it is now, one line each (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol: the app's CSP forbids inline scripts.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<{ violations: AxeViolation[] }>(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`);
  return result.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The screen as it is, checked by axe at 1280 and 390 px wide, with a screenshot of each width saved
 * under test-artifacts/ as `<name>-1280.png` and `<name>-390.png`. Leaves the page at 1280 px.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  for (const width of [WIDTHS.desktop, WIDTHS.phone]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: new URL(`staff-app/${name}-${width}.png`, ARTIFACTS).pathname, fullPage: true });
    expect({ screen: name, width, violations: await axeViolations(page) }).toEqual({ screen: name, width, violations: [] });
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
}

/** Signs in through the sign-in page, as a person would, and waits for the page it leads to (home unless told). */
export async function signIn(page: Page, user: StaffUser, landingHeading = 'My work'): Promise<void> {
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: landingHeading }).waitFor();
}
