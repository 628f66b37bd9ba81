import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { axeViolations, checkScreen, signIn, startStaffAppHarness, WIDTHS, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The implementation plan in the staff app: an activity moves on the board by keyboard, a wrong progress
 * update is corrected and the status follows, and a quarter is frozen after its preview and its report opens.
 */
describeWithBrowser('the implementation plan and quarterly updates in headless Chromium', () => {
  let harness: StaffAppHarness;
  let admin: StaffUser;
  let page: Page;
  const unique = `Wharf${Date.now().toString(36)}`;
  const moving = `${unique} youth skills fair`;
  const earlier = `${unique} archive project`;
  // A quarter no other test freezes; the archive project is back-dated into it.
  const quarter = '2005-Q3';
  let movingId: string;
  const auth = () => ({ authorization: `Bearer ${admin.token}` });
  const statusOf = async (id: string) => ((await harness.app.http().get(`/api/v1/plan/activities/${id}`).set(auth()).expect(200)).body as { status: string }).status;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', `Ada Admin ${unique}`);
    const create = async (title: string) =>
      ((await harness.app.http().post('/api/v1/plan/activities').set(auth()).send({ title, theme: 'people-and-skills', priority: 'planned', ownerId: admin.id }).expect(201)).body as { id: string }).id;
    movingId = await create(moving);
    await harness.app.http().post(`/api/v1/plan/activities/${movingId}/progress`).set(auth()).send({ reportedOn: '2026-01-10', status: 'on-track', summary: 'Venue booked.' }).expect(201);
    const earlierId = await create(earlier);
    await harness.app.dataSource.query(`UPDATE plan_activities SET created_at = '2005-08-01T12:00:00Z' WHERE id = $1`, [earlierId]);
    page = await harness.open('/plan');
    await signIn(page, admin, 'Implementation plan');
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  const statusShown = () => page.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]');

  step('moves an activity from on track to at risk on the board, by keyboard only', async () => {
    await column('On track').getByRole('link', { name: moving }).waitFor();
    await checkScreen(page, 'plan-board');
    const move = column('On track').getByRole('button', { name: `Move “${moving}” to…` });
    await move.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: `Move “${moving}” to` });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Not started', 'At risk', 'Off track', 'Done']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await column('At risk').getByRole('link', { name: moving }).waitFor();
    await page.getByText(`“${moving}” is now at risk.`).waitFor();
    // Focus followed the card to its new column.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(moving);
    expect(await column('On track').getByRole('link', { name: moving }).count()).toBe(0);
    expect(await statusOf(movingId)).toBe('at-risk');
  });

  step('lists activities with labels, narrowed by priority and owner', async () => {
    await page.getByRole('link', { name: 'List' }).click();
    const row = page.getByRole('table', { name: 'Activities' }).getByRole('row').filter({ hasText: moving });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['At risk', 'People and Skills', 'Planned', admin.displayName]));
    await page.getByLabel('Priority').selectOption({ label: 'Longer-term' });
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('Priority').selectOption({ label: 'Planned' });
    await page.getByLabel('Owner').selectOption({ label: 'Mine' });
    await row.waitFor();
    await checkScreen(page, 'plan-list');
  });

  step('refuses a progress update dated after today, beside the date', async () => {
    await page.getByRole('link', { name: moving }).click();
    await page.getByRole('heading', { level: 1, name: moving }).waitFor();
    await page.getByRole('list', { name: 'Progress updates, latest first' }).getByText('Venue booked.').waitFor();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const form = page.getByRole('form', { name: 'Report progress' });
    await form.getByLabel('Date').fill(tomorrow);
    await form.getByLabel('What happened').fill('Typed in error.');
    await form.getByRole('button', { name: 'Add the update' }).click();
    await form.getByText(/^Error: A progress update cannot be dated after today/).waitFor();
    expect(await statusShown().textContent()).toBe('At risk');
  });

  step('a wrong progress update is corrected, and the activity’s status follows', async () => {
    const form = page.getByRole('form', { name: 'Report progress' });
    await form.getByLabel('Date').fill('2026-01-11');
    await form.getByLabel('Status').selectOption({ label: 'Off track' });
    await form.getByRole('button', { name: 'Add the update' }).click();
    await page.getByText('The progress update was added.').waitFor();
    await statusShown().filter({ hasText: 'Off track' }).waitFor();

    const wrong = page.getByRole('list', { name: 'Progress updates, latest first' }).getByRole('listitem').filter({ hasText: 'Typed in error.' });
    await wrong.getByRole('button', { name: /^Correct/ }).click();
    const correction = page.getByRole('form', { name: 'Correct the update' });
    expect(await correction.getByLabel('What happened').inputValue()).toBe('Typed in error.');
    await correction.getByLabel('Status').selectOption({ label: 'On track' });
    await correction.getByLabel('What happened').fill('Sponsors confirmed.');
    await correction.getByLabel('Why the original was wrong').fill('Wrong rating and summary.');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('The update was corrected.').waitFor();
    await statusShown().filter({ hasText: 'On track' }).waitFor();
    await wrong.getByText('Wrong rating and summary.').waitFor();
    expect(await wrong.locator('del').textContent()).toBe('Typed in error.');
    expect(await statusOf(movingId)).toBe('on-track');
    await checkScreen(page, 'plan-activity');
  });

  step('freezes an ended quarter after its preview, publishes it and opens its report', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quarterly updates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quarterly updates' }).waitFor();
    await page.getByLabel('Quarter', { exact: true }).fill(quarter);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('table', { name: 'Activities as they stood at the end of the quarter' });
    await preview.getByRole('row').filter({ hasText: earlier }).waitFor();
    // Created after the quarter ended, so not in it.
    expect(await preview.getByRole('row').filter({ hasText: moving }).count()).toBe(0);
    await checkScreen(page, 'quarter-preview');
    await page.getByRole('button', { name: `Freeze ${quarter}…` }).click();
    await page.getByRole('heading', { name: `Freeze ${quarter} for good?` }).waitFor();
    await page.getByRole('button', { name: `Yes, freeze ${quarter}` }).click();
    const frozen = page.getByRole('table', { name: 'Frozen quarters' }).getByRole('row').filter({ hasText: quarter });
    await frozen.waitFor();

    const popup = page.waitForEvent('popup');
    await frozen.getByRole('button', { name: `Open the printable report of ${quarter}` }).click();
    const report = await popup;
    await report.getByRole('heading', { level: 1, name: `Quarterly update ${quarter}` }).waitFor();
    expect(await report.getByRole('table').innerText()).toContain(earlier);
    await report.close();

    await frozen.getByRole('button', { name: `Publish ${quarter}` }).click();
    await page.getByText(`${quarter} is published on the public website.`).waitFor();
    await frozen.getByRole('link', { name: `Public report of ${quarter}` }).click();
    await page.getByRole('heading', { level: 1, name: `Quarterly update ${quarter}` }).waitFor();
    const text = await page.innerText('main');
    expect(text).toContain(earlier);
    expect(text).toContain('People and Skills');
    expect(text).not.toContain(admin.displayName);
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      await page.setViewportSize({ width, height: 900 });
      expect({ width, violations: await axeViolations(page) }).toEqual({ width, violations: [] });
    }
    // Refused requests (the session restore's 401, the future date's 422, the report page's favicon) are expected.
    expect(harness.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
