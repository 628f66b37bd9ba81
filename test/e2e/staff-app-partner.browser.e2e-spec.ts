import { afterAll, beforeAll, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { agreementBody, contactBody, partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/** Presses Tab until `name`d control has focus, as a keyboard user would move to it (fails after 80 presses). */
async function tabTo(page: Page, locator: Locator): Promise<void> {
  await locator.waitFor();
  for (let i = 0; i < 80; i++) {
    if (await locator.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

/** Opens a partner through the command menu (no reload: the page keeps its in-memory session). */
async function jumpTo(page: Page, partnerName: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search or jump to' }).fill(partnerName);
  await page.getByRole('option', { name: new RegExp(partnerName) }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: partnerName }).waitFor();
}

/**
 * The partner page: details edited in place with If-Match, a concurrent edit met and resolved; a meeting
 * with an action logged by keyboard alone, seen on the partner and at home, the action marked done;
 * dialogue snoozed.
 */
describeWithBrowser('the partner page in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let colleague: StaffUser;
  let page: Page;
  let partnerId: string;
  const name = `Rivermouth ${Date.now().toString(36)} Arts Collective`;
  const neighbour = `Estuary ${Date.now().toString(36)} Youth Club`;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Priya Officer');
    colleague = await harness.createUser('officer', 'Colin Colleague');
    const res = await harness.app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer.token}`).send(partnerBody({ name, area: 'knowsley', ownerId: officer.id })).expect(201);
    partnerId = res.body.id as string;
    await harness.app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer.token}`).send(partnerBody({ name: neighbour, area: 'liverpool' })).expect(201);
    await harness.app.http().post(`/api/v1/partners/${partnerId}/contacts`).set('authorization', `Bearer ${officer.token}`)
      .send(contactBody({ fullName: 'Dana Director', jobTitle: 'Director' })).expect(201);
    page = await harness.open(`/partners/${partnerId}`);
    // Signing in brings the officer back to the partner page they asked for.
    await signIn(page, officer, name);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const readPartner = async () => (await harness.app.http().get(`/api/v1/partners/${partnerId}`).set('authorization', `Bearer ${officer.token}`).expect(200)).body;

  step('shows the partner with labels and its dialogue status', async () => {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const header = page.getByRole('banner').filter({ hasText: name }).or(page.locator('header[aria-labelledby="partner-name"]'));
    expect(await header.first().textContent()).toContain('Knowsley');
    await page.getByText(/No contact recorded yet|Last contact/).first().waitFor();
    await checkScreen(page, 'partner-page');
  });

  step('edits a field in place; a colleague\'s change meanwhile is shown beside mine, and mine is re-applied on top', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit details' });
    await form.getByLabel('Website').fill('not a web address');
    await form.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('link', { name: 'Enter a web address starting with https://' }).waitFor();
    await checkScreen(page, 'partner-details-errors');
    await form.getByLabel('Website').fill('https://www.rivermouth-arts.org.uk');

    // Someone else saves a change first.
    const before = await readPartner();
    await harness.app.http().patch(`/api/v1/partners/${partnerId}`).set('authorization', `Bearer ${colleague.token}`).set('if-match', `"${before.version}"`)
      .send({ status: 'active' }).expect(200);

    await form.getByRole('button', { name: 'Save details' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this partner while you were editing' });
    await conflict.waitFor();
    expect(await conflict.getByRole('row', { name: /Website/ }).textContent()).toContain('https://www.rivermouth-arts.org.uk');
    await checkScreen(page, 'partner-conflict');
    expect((await readPartner()).website).toBe(before.website);

    await conflict.getByRole('button', { name: 'Apply my changes to the current record' }).click();
    await page.getByText('Details saved.').waitFor();
    const after = await readPartner();
    expect({ status: after.status, website: after.website }).toEqual({ status: 'active', website: 'https://www.rivermouth-arts.org.uk' });
    expect(await page.getByRole('main').textContent()).toContain('Active');
  });

  step('logs a meeting with an action using the keyboard alone; the partner and home change; the action is marked done', async () => {
    const logMeeting = page.getByRole('link', { name: 'Log a meeting' });
    await tabTo(page, logMeeting);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Log a meeting' }).waitFor();
    expect(await page.getByRole('list', { name: 'Chosen partners' }).textContent()).toContain(name);
    await checkScreen(page, 'meeting-form');

    await tabTo(page, page.getByRole('button', { name: 'Save meeting' }));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await checkScreen(page, 'meeting-form-errors');

    await tabTo(page, page.getByRole('combobox', { name: 'Add a partner' }));
    await page.keyboard.type(neighbour.slice(0, 12));
    await page.getByRole('option', { name: new RegExp(neighbour) }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Remove ${neighbour}` }).waitFor();
    await tabTo(page, page.getByRole('checkbox', { name: 'Dana Director, Director' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Title'));
    await page.keyboard.type('Quarterly catch-up');
    await tabTo(page, page.getByLabel('Time'));
    // A minute past midnight today: a meeting that has happened whenever the test runs (bar that first minute).
    // "A" sets AM where the browser shows a 12-hour clock; a 24-hour one ignores it.
    await page.keyboard.type('0001A');
    await tabTo(page, page.getByLabel('Outcomes'));
    await page.keyboard.type('Agreed to co-host the spring festival.');
    await tabTo(page, page.getByRole('button', { name: 'Add an action' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Action 1: what needs doing'));
    await page.keyboard.type('Send the festival budget');
    await checkScreen(page, 'meeting-form-filled');
    await tabTo(page, page.getByRole('button', { name: 'Save meeting' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Last contact today').first().waitFor();
    const [meeting] = await harness.app.dataSource.query(
      `SELECT m.title, to_char(m.occurred_at AT TIME ZONE 'Europe/London', 'HH24:MI') AS at FROM meeting_logs m JOIN meeting_partners mp ON mp.meeting_id = m.id WHERE mp.partner_id = $1`,
      [partnerId],
    );
    expect(meeting).toEqual({ title: 'Quarterly catch-up', at: '00:01' });

    await tabTo(page, page.getByRole('link', { name: 'My work' }));
    await page.keyboard.press('Enter');
    const done = page.getByRole('button', { name: 'Mark “Send the festival budget” done' });
    await done.waitFor();
    await checkScreen(page, 'home-with-action');
    await tabTo(page, done);
    await page.keyboard.press('Enter');
    await page.getByText('You have no open actions.').waitFor();
    const [action] = await harness.app.dataSource.query(`SELECT status FROM meeting_actions WHERE description = 'Send the festival budget'`);
    expect(action.status).toBe('done');
    await jumpTo(page, name);
  });

  step('snoozes the dialogue reminders with a reason', async () => {
    await page.getByRole('button', { name: 'Snooze reminders' }).click();
    const form = page.getByRole('form', { name: 'Snooze reminders' });
    await form.getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('link', { name: 'Say why, in at least 3 characters' }).waitFor();
    // Within the snooze cap (DIALOGUE_SNOOZE_MAX_DAYS, 180 days); not in September, whose short name varies by ICU.
    const until = new Date(Date.now() + 60 * 86_400_000);
    if (until.getUTCMonth() === 8) until.setUTCDate(until.getUTCDate() + 30);
    await form.getByLabel('Snooze until').fill(until.toISOString().slice(0, 10));
    await form.getByLabel('Reason').fill('Trustees restructuring; meeting agreed for the new year');
    await form.getByRole('button', { name: 'Snooze' }).click();
    const shown = until.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    await page.getByText(`Snoozed until ${shown}`).first().waitFor();
    await checkScreen(page, 'partner-snoozed');
  });

  step('changes an agreement\'s status by the transitions it allows; uploads a document by button and by drop, and downloads it', async () => {
    const created = await harness.app.http().post('/api/v1/agreements').set('authorization', `Bearer ${officer.token}`)
      .send(agreementBody([partnerId], { title: `Festival MoU ${Date.now().toString(36)}`, startDate: '2026-01-01', endDate: '2028-12-31', renewalNoticeDays: 90 })).expect(201);
    const agreement = created.body as { id: string; title: string; allowedTransitions: string[] };
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('link', { name: agreement.title }).click();
    await page.getByRole('heading', { level: 1, name: agreement.title }).waitFor();
    const status = page.getByRole('region', { name: 'Change status' });
    expect(await status.getByRole('button').count()).toBe(agreement.allowedTransitions.length);
    expect(await page.getByRole('main').textContent()).toContain('2 Oct 2028 (90 days before the end)');
    await status.getByRole('button', { name: 'Mark active' }).click();
    await page.getByRole('main').getByText('Active', { exact: true }).waitFor();
    await checkScreen(page, 'agreement');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to upload' }).click();
    await (await chooser).setFiles({ name: 'festival-budget.txt', mimeType: 'text/plain', buffer: Buffer.from('Budget line one\nBudget line two\n') });
    await page.getByText('festival-budget.txt uploaded.').waitFor();
    const dropped = await page.evaluateHandle(`(() => { const d = new DataTransfer(); d.items.add(new File(['Dropped minutes'], 'minutes.txt', { type: 'text/plain' })); return d; })()`);
    await page.getByText('Drop files here, or').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('minutes.txt uploaded.').waitFor();
    await page.getByRole('list', { name: 'Documents' }).getByText('minutes.txt').waitFor();
    await checkScreen(page, 'agreement-documents');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download festival-budget.txt' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('festival-budget.txt');
    expect(readFileSync(await file.path(), 'utf8')).toBe('Budget line one\nBudget line two\n');
    expect(harness.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
