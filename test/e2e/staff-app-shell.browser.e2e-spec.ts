import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { checkScreen, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The staff app's shell in Chromium against the real stack: sign-in, the signed-in shell, home,
 * the partner list and page, the command menu and shortcuts, sign-out, and where tokens live.
 * One browser for the file; one signed-in page carried through the journeys that need it.
 */
describeWithBrowser('the staff app shell in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let page: Page;
  const unique = `Shellwood ${Date.now().toString(36)}`;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Olive Officer');
    for (const name of [`${unique} Community Trust`, `${unique} Food Bank`]) {
      await harness.app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer.token}`).send(partnerBody({ name, area: 'st-helens', ownerId: officer.id })).expect(201);
    }
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  step('sends someone who is not signed in to the sign-in page, which explains each mistake beside its field', async () => {
    page = await harness.open('/partners');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    await checkScreen(page, 'sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await page.title()).toBe('Error: Sign in – Partnership CRM');
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.name')).toBe('email');
    await checkScreen(page, 'sign-in-errors');

    await page.getByLabel('Email address').fill(officer.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'The email address or password is not right.' }).or(page.getByText('The email address or password is not right.')).first().waitFor();
  });

  step('signs an officer in to "my work", with their partners and their name in the header; no token is readable by script', async () => {
    await page.getByLabel('Password').fill(officer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back to where they were going.
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await page.getByRole('link', { name: 'My work' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('heading', { name: 'My open actions' }).waitFor();
    await page.getByText('You have no open actions.').waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Olive Officer');
    await checkScreen(page, 'home');

    const storage = await page.evaluate('({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookies: document.cookie })');
    expect(storage).toEqual({ local: [], session: [], cookies: '' });
    // The refresh cookie exists, but only for the browser: HttpOnly, SameSite=Strict, scoped to the session routes.
    const [cookie] = (await harness.browser.context.cookies()).filter((c) => c.name === 'crm_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/session' });
  });

  step('stays signed in across a reload; a cross-site POST carrying the cookie is refused', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Olive Officer');
    // The browser context's request API sends the context's cookies, as a form on another site would.
    const forged = await harness.browser.context.request.post(`${harness.base}/api/v1/auth/session/refresh`, {
      headers: { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site', 'x-csrf-protection': '1' },
    });
    expect({ status: forged.status(), code: ((await forged.json()) as { code: string }).code }).toEqual({ status: 403, code: 'AUTH.CSRF_REJECTED' });
    const noHeader = await harness.browser.context.request.post(`${harness.base}/api/v1/auth/session/refresh`, { headers: { origin: harness.base } });
    expect(noHeader.status()).toBe(403);
  });

  step('finds a partner by typing part of its name and opens it; labels, not codes', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await page.getByLabel('Search by name').fill(unique.slice(0, 9));
    const rows = page.getByRole('table', { name: 'Partners' }).getByRole('row');
    // The unfiltered list stays on screen while the search runs; the live count says when the results are in.
    await page.getByRole('status').filter({ hasText: /^2 partners match$/ }).waitFor();
    await page.getByRole('link', { name: `${unique} Food Bank` }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('q')).toBe(unique.slice(0, 9));
    expect(await rows.nth(1).textContent()).toContain('St Helens');
    await checkScreen(page, 'partners-search');

    await page.getByLabel('Search by name').fill('Zzzz no such partner');
    await page.getByText('No partner matches these filters.').waitFor();
    await checkScreen(page, 'partners-empty');
    await page.getByLabel('Search by name').fill(unique);
    await page.getByRole('link', { name: `${unique} Food Bank` }).click();
    await page.getByRole('heading', { level: 1, name: `${unique} Food Bank` }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('St Helens');
    await checkScreen(page, 'partner');
  });

  step('jumps to a partner from the command menu (Ctrl K), and single-key shortcuts can be turned off', async () => {
    await page.keyboard.press('Control+k');
    const menu = page.getByRole('dialog', { name: 'Search or jump to' });
    await menu.waitFor();
    await page.getByRole('combobox', { name: 'Search or jump to' }).fill(`${unique} Community`);
    await menu.getByRole('option', { name: new RegExp(`${unique} Community Trust`) }).waitFor();
    await checkScreen(page, 'command-menu');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `${unique} Community Trust` }).waitFor();

    await page.keyboard.press('p');
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByLabel('Use single-key shortcuts').uncheck();
    await checkScreen(page, 'account');
    await page.keyboard.press('h');
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/account');
    await page.getByLabel('Use single-key shortcuts').check();
    await page.keyboard.press('h');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  });

  step('signs out: the app says so, and its pages ask for sign-in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await checkScreen(page, 'signed-out');
    await page.goto(`${harness.base}/app/partners`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect((await harness.browser.context.cookies()).filter((c) => c.name === 'crm_refresh')).toEqual([]);
    expect(harness.pageErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  });
});
