import { afterAll, beforeAll, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

const DAY = 86_400_000;

/**
 * Home ("my work") and the partner list in Chromium against the real stack: the home page changes after a
 * meeting is logged and an action is marked done in place; the list's facets, sorting, columns and count; a
 * saved view that survives sign-out; bulk-assigning an owner to 3 partners; the view exported as CSV.
 */
describeWithBrowser('home and the partner list in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let colleague: StaffUser;
  let admin: StaffUser;
  let page: Page;
  const stem = `Heronsgate${Date.now().toString(36)}`;
  const overdueName = `${stem} Allotment Society`;
  const batch = [`${stem} Arts Hub`, `${stem} Boxing Club`, `${stem} Choir`];
  const ids: string[] = [];
  let overdueId: string;

  const api = (user: StaffUser) => ({
    post: (url: string, body: object) => harness.app.http().post(url).set('authorization', `Bearer ${user.token}`).send(body),
    get: (url: string) => harness.app.http().get(url).set('authorization', `Bearer ${user.token}`),
  });

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Wren Officer');
    colleague = await harness.createUser('officer', 'Colm Colleague');
    admin = await harness.createUser('admin', 'Wim Admin');
    const created = await api(officer).post('/api/v1/partners', partnerBody({ name: overdueName, ownerId: officer.id, dialogueCadenceDays: 30 })).expect(201);
    overdueId = created.body.id as string;
    // Last met 50 days ago on a 30-day cadence: 20 days overdue.
    await api(officer).post('/api/v1/meetings', { occurredAt: new Date(Date.now() - 50 * DAY).toISOString(), kind: 'call', title: 'Spring call', partnerIds: [overdueId] }).expect(201);
    for (const name of batch) {
      const res = await api(officer).post('/api/v1/partners', partnerBody({ name, area: 'wirral', tags: ['heronsgate'] })).expect(201);
      ids.push(res.body.id as string);
    }
    page = await harness.open('/');
    await signIn(page, officer);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  step('home lists my overdue partner; after a meeting is logged it leaves, and the action is marked done in place', async () => {
    const overdue = page.getByRole('list', { name: 'Overdue for dialogue' });
    await overdue.getByRole('listitem').filter({ hasText: overdueName }).filter({ hasText: '20 days overdue' }).waitFor();
    await page.getByText('You have no open actions.').waitFor();
    await checkScreen(page, 'home-my-work-overdue');

    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    await api(officer)
      .post('/api/v1/meetings', {
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        kind: 'meeting',
        title: 'Site visit',
        partnerIds: [overdueId],
        actions: [{ description: 'Send the plot map', ownerId: officer.id, dueDate: yesterday }],
      })
      .expect(201);
    await page.reload();
    const action = page.getByRole('list', { name: 'Open actions' }).getByRole('listitem').filter({ hasText: 'Send the plot map' });
    await action.filter({ hasText: '1 day overdue' }).waitFor();
    await page.getByText('None of your partners is overdue for dialogue or due in the next 14 days.').waitFor();
    await checkScreen(page, 'home-my-work-after-meeting');

    // One click from its record: the action links to the meeting's partner.
    expect(await action.getByRole('link', { name: overdueName }).getAttribute('href')).toBe(`/app/partners/${overdueId}`);
    await page.getByRole('button', { name: 'Mark “Send the plot map” done' }).click();
    await page.getByText('“Send the plot map” marked done.').waitFor();
    await page.getByText('You have no open actions.').waitFor();
    const [row] = await harness.app.dataSource.query(`SELECT status FROM meeting_actions WHERE description = 'Send the plot map'`);
    expect(row.status).toBe('done');
  });

  step('filters by every facet, sorts by a column, chooses columns and counts the matches', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    for (const label of ['Kind', 'Area', 'Status', 'Owner', 'List', 'Priority area', 'Theme', 'Tag', 'Archived partners', 'Only partners overdue for dialogue']) {
      await page.getByRole('search', { name: 'Find partners' }).getByLabel(label, { exact: true }).waitFor();
    }
    await page.getByLabel('Search by name').fill(stem);
    await page.getByRole('status').filter({ hasText: /^4 partners match$/ }).waitFor();
    await page.getByRole('search', { name: 'Find partners' }).getByLabel('Area', { exact: true }).selectOption({ label: 'Wirral' });
    await page.getByRole('status').filter({ hasText: /^3 partners match$/ }).waitFor();

    // A search lists the best matches first; choosing a column sorts by it, ascending, then descending.
    const table = page.getByRole('table', { name: 'Partners' });
    expect(await table.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count()).toBe(0);
    await table.getByRole('button', { name: 'Name' }).click();
    await table.locator('th[aria-sort="ascending"]').filter({ hasText: 'Name' }).waitFor();
    await table.getByRole('button', { name: 'Name' }).click();
    await table.locator('th[aria-sort="descending"]').filter({ hasText: 'Name' }).waitFor();
    await page.getByRole('status').filter({ hasText: /^3 partners match$/ }).waitFor();
    await table.getByRole('link', { name: batch[2] }).waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain(batch[2]);

    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Tags' }).check();
    await page.getByRole('checkbox', { name: 'Kind' }).uncheck();
    await table.getByRole('columnheader', { name: 'Tags' }).waitFor();
    expect(await table.getByRole('columnheader', { name: 'Kind' }).count()).toBe(0);
    await checkScreen(page, 'partners-list-facets');
  });

  step('saves the view, shared with the team', async () => {
    await page.getByRole('button', { name: 'Save as a new view' }).click();
    const form = page.getByRole('form', { name: 'Save this view' });
    await form.getByLabel('Name of the view').fill('Heronsgate, Wirral');
    await form.getByLabel('Share with the team').check();
    await checkScreen(page, 'partners-save-view');
    await form.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('View “Heronsgate, Wirral” saved.').waitFor();
    const views = (await api(colleague).get('/api/v1/saved-views').expect(200)).body as { name: string; filters: Record<string, string>; sort: string; columns: string[] }[];
    expect(views.find((v) => v.name === 'Heronsgate, Wirral')).toMatchObject({ filters: { q: stem, area: 'wirral' }, sort: '-name', columns: ['name', 'area', 'status', 'owner', 'tags'] });
  });

  step('bulk-assigns an owner to 3 partners from the keyboard', async () => {
    const table = page.getByRole('table', { name: 'Partners' });
    await table.getByRole('checkbox', { name: 'Select all partners on this page' }).focus();
    await page.keyboard.press('Space');
    const bar = page.getByRole('region', { name: '3 partners selected' });
    await bar.waitFor();
    await bar.getByLabel('Change', { exact: true }).focus();
    await bar.getByLabel('Change', { exact: true }).selectOption({ label: 'Assign an owner' });
    await bar.getByRole('button', { name: 'Apply to 3 partners' }).focus();
    await page.keyboard.press('Enter');
    await bar.getByText('Choose who will own the partners').waitFor();
    await checkScreen(page, 'partners-bulk-missing-owner');
    await bar.getByLabel('New owner').selectOption({ label: 'Colm Colleague' });
    await bar.getByRole('button', { name: 'Apply to 3 partners' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Owner assigned: 3 partners changed.').waitFor();
    await checkScreen(page, 'partners-bulk-done');
    for (const id of ids) {
      const partner = (await api(officer).get(`/api/v1/partners/${id}`).expect(200)).body;
      expect(partner.owner).toMatchObject({ id: colleague.id });
      const [entry] = (await api(officer).get(`/api/v1/partners/${id}/audit`).expect(200)).body;
      expect(entry).toMatchObject({ action: 'updated', changes: { owner: { before: null, after: { id: colleague.id } } } });
    }
    await table.getByRole('row').filter({ hasText: batch[0] }).filter({ hasText: 'Colm Colleague' }).waitFor();
  });

  step('exports this view as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this view as CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => batch.find((name) => l.includes(name)))).toEqual([batch[2], batch[1], batch[0]]);
  });

  step('the saved view survives sign-out: signed in again, it brings back the filters, sort and columns', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${harness.base}/app/partners`);
    await signIn(page, officer, 'Partners');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.getByLabel('Saved view', { exact: true }).selectOption({ label: 'Heronsgate, Wirral (shared)' });
    await page.getByRole('status').filter({ hasText: /^3 partners match$/ }).waitFor();
    expect(await page.getByLabel('Search by name').inputValue()).toBe(stem);
    const table = page.getByRole('table', { name: 'Partners' });
    await table.getByRole('columnheader', { name: 'Tags' }).waitFor();
    await table.locator('th[aria-sort="descending"]').filter({ hasText: 'Name' }).waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain(batch[2]);
    await checkScreen(page, 'partners-saved-view');
  });

  step('shows the lead the team\'s work and the signatures waiting', async () => {
    await api(colleague)
      .post('/api/v1/meetings', {
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        kind: 'call',
        title: 'Choir call',
        partnerIds: [ids[2]],
        actions: [{ description: 'Book the hall', ownerId: colleague.id, dueDate: new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10) }],
      })
      .expect(201);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${harness.base}/app/`);
    await signIn(page, admin);
    await page.getByRole('heading', { name: 'Signatures waiting for review' }).waitFor();
    const team = page.getByRole('table', { name: 'Dialogue and actions by owner' });
    await team.getByRole('link', { name: 'Overdue partners of Colm Colleague' }).waitFor();
    await checkScreen(page, 'home-team-work');
    expect(harness.pageErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  });
});
