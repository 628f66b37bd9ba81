import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The Actions screen: my actions and the team's, each naming its meeting and partners; marking one done
 * or dropped keeps it in place with its new state (and a way back), overdue ones first.
 */
describeWithBrowser('the Actions screen in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let colleague: StaffUser;
  let page: Page;
  const partner = `Larkhill ${Date.now().toString(36)} Tenants' Association`;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Ada Officer');
    colleague = await harness.createUser('officer', 'Cal Colleague');
    const auth = { authorization: `Bearer ${officer.token}` };
    const { id: partnerId } = (await harness.app.http().post('/api/v1/partners').set(auth).send(partnerBody({ name: partner, area: 'sefton' })).expect(201)).body;
    await harness.app.http().post('/api/v1/meetings').set(auth).send({
      occurredAt: '2026-05-12T09:30:00Z',
      kind: 'meeting',
      title: 'Estate walkabout',
      partnerIds: [partnerId],
      actions: [
        { description: 'Send the walkabout notes', ownerId: officer.id, dueDate: '2026-05-20' },
        { description: 'Book the community room', ownerId: officer.id, dueDate: '2031-01-10' },
        { description: 'Ask the council about lighting', ownerId: colleague.id, dueDate: '2031-02-01' },
      ],
    }).expect(201);
    page = await harness.open('/actions');
    await signIn(page, officer, 'My actions');
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const rows = () => page.getByRole('list', { name: 'Actions' }).getByRole('listitem');
  /** The team's list holds other test files' actions too: ask for more until the row is there. */
  const showUntil = async (text: string) => {
    const row = rows().filter({ hasText: text });
    await rows().first().waitFor();
    for (let pages = 0; (await row.count()) === 0; pages++) {
      if (pages > 40) throw new Error(`"${text}" never appeared`);
      const before = await rows().count();
      await page.getByRole('button', { name: 'Show more actions' }).click();
      await rows().nth(before).waitFor();
    }
    return row;
  };

  step('lists my open actions, overdue first, each naming its meeting and partner', async () => {
    await rows().first().waitFor();
    expect(await rows().count()).toBe(2);
    const first = rows().nth(0);
    expect(await first.textContent()).toContain('Send the walkabout notes');
    await first.getByText('Overdue').waitFor();
    expect(await first.textContent()).toContain('From “Estate walkabout” on 12 May 2026 with');
    await first.getByRole('link', { name: partner }).waitFor();
    expect(await rows().nth(1).textContent()).toContain('Book the community room');
    expect(await page.getByText('Ask the council about lighting').count()).toBe(0);
    await checkScreen(page, 'actions-mine');
  });

  step('marking an action done keeps it in place, struck through, with a way to reopen it', async () => {
    await page.getByRole('button', { name: 'Mark “Send the walkabout notes” done' }).click();
    const reopen = page.getByRole('button', { name: 'Reopen “Send the walkabout notes”' });
    await reopen.waitFor();
    const first = rows().nth(0);
    expect(await first.textContent()).toContain('Send the walkabout notes');
    await first.getByText('Done', { exact: true }).waitFor();
    expect(await first.getByText('Overdue').count()).toBe(0);
    expect(await rows().count()).toBe(2);
    await checkScreen(page, 'actions-done-in-place');
    const done = await harness.app.http().get('/api/v1/actions?owner=me&status=done').set('authorization', `Bearer ${officer.token}`).expect(200);
    expect(done.body.items.map((a: { description: string }) => a.description)).toEqual(['Send the walkabout notes']);

    await page.getByRole('button', { name: 'Drop “Book the community room”' }).click();
    await rows().nth(1).getByText('Dropped', { exact: true }).waitFor();
    await reopen.click();
    await page.getByRole('button', { name: 'Mark “Send the walkabout notes” done' }).waitFor();
    await rows().nth(0).getByText('Overdue').waitFor();
  });

  step("shows the team's actions with their owners, and the closed ones by state", async () => {
    await page.getByLabel('Whose actions').selectOption({ label: "The team's (everyone's)" });
    await page.getByRole('heading', { level: 1, name: "The team's actions" }).waitFor();
    const colleagues = await showUntil('Ask the council about lighting');
    expect(await colleagues.textContent()).toContain('Owner: Cal Colleague');
    expect(await page.getByText('Book the community room').count()).toBe(0);
    await checkScreen(page, 'actions-team');

    await page.getByLabel('State').selectOption({ label: 'Dropped' });
    await showUntil('Book the community room');
    await page.getByLabel('Only overdue actions').check();
    await page.getByText('No actions match these filters.').waitFor();
    await checkScreen(page, 'actions-none');
    // The filters live in the address: a reload (or a shared link) shows the same list.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: "The team's actions" }).waitFor();
    await page.getByText('No actions match these filters.').waitFor();
    expect(await page.getByLabel('Only overdue actions').isChecked()).toBe(true);
    expect(await page.getByLabel('State').inputValue()).toBe('dropped');

    await page.getByLabel('Only overdue actions').uncheck();
    await page.getByLabel('State').selectOption({ label: 'Open' });
    await (await showUntil('Send the walkabout notes')).getByRole('link', { name: partner }).click();
    await page.getByRole('heading', { level: 1, name: partner }).waitFor();
    // The reload starts without the in-memory access token: its first call is a 401 before the session refresh.
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
