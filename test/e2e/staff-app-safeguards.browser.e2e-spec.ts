import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

interface ContactBody {
  fullName: string;
  jobTitle: string | null;
  phone: string | null;
}

/**
 * What keeps a person from losing work or sending what cannot succeed: two tabs editing one contact (the
 * second save is told, and saving again keeps both changes), and a bulk selection larger than the API takes
 * (said beside the button, and nothing sent).
 */
describeWithBrowser('the staff app\'s safeguards in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let first: Page;
  let second: Page | undefined;
  let partnerId: string;
  let contactId: string;
  const stamp = Date.now().toString(36);
  const name = `Quarrybank ${stamp} Tenants Association`;
  const stem = `Fernlea${stamp}`;
  const http = () => harness.app.http();
  const auth = () => ({ authorization: `Bearer ${officer.token}` });
  const readContact = async () => (await http().get(`/api/v1/contacts/${contactId}`).set(auth()).expect(200)).body as ContactBody;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Tam Officer');
    partnerId = (await http().post('/api/v1/partners').set(auth()).send(partnerBody({ name, ownerId: officer.id })).expect(201)).body.id;
    contactId = (await http().post(`/api/v1/partners/${partnerId}/contacts`).set(auth()).send(contactBody({ fullName: 'Ravi Treasurer', jobTitle: 'Treasurer' })).expect(201)).body.id;
    // One more than a bulk change takes (200), all matching one search.
    for (let batch = 0; batch < 201; batch += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, 201 - batch) }, (_, i) =>
          http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: `${stem} Group ${String(batch + i).padStart(3, '0')}`, confirmNotDuplicate: true })).expect(201),
        ),
      );
    }
    first = await harness.open(`/partners/${partnerId}`);
    await signIn(first, officer, name);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await harness?.close();
  });

  step('two tabs edit one contact: the second save is told in words, keeps the first tab\'s change, and saving again applies only its own', async () => {
    // The second tab signs in from the session cookie the first one holds, as a browser tab would.
    second = await harness.open(`/partners/${partnerId}`);
    await second.getByRole('heading', { level: 1, name }).waitFor();

    await first.getByRole('button', { name: 'Edit Ravi Treasurer' }).click();
    const mine = first.getByRole('form', { name: 'Edit Ravi Treasurer' });
    await mine.getByLabel('Job title').fill('Treasurer and trustee');

    await second.getByRole('button', { name: 'Edit Ravi Treasurer' }).click();
    const theirs = second.getByRole('form', { name: 'Edit Ravi Treasurer' });
    await theirs.getByLabel('Phone number').fill('0151 000 1234');
    await theirs.getByRole('button', { name: 'Save contact' }).click();
    await second.getByText('Ravi Treasurer saved.').waitFor();

    await mine.getByRole('button', { name: 'Save contact' }).click();
    const conflict = mine.getByRole('alert').filter({ hasText: 'Someone else changed this contact while you were editing.' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/It now reads: Ravi Treasurer, Treasurer, .*0151 000 1234\. Nothing you typed was saved\./);
    await checkScreen(first, 'contact-conflict');
    expect(await readContact()).toMatchObject({ jobTitle: 'Treasurer', phone: '0151 000 1234' });

    await mine.getByRole('button', { name: 'Save contact' }).click();
    await first.getByText('Ravi Treasurer saved.').waitFor();
    expect(await readContact()).toMatchObject({ fullName: 'Ravi Treasurer', jobTitle: 'Treasurer and trustee', phone: '0151 000 1234' });
  });

  step('a selection of more than 200 partners is refused beside the button, and nothing is sent', async () => {
    const bulkRequests: string[] = [];
    first.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/api/v1/partners/bulk')) bulkRequests.push(request.url());
    });
    await first.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners', exact: true }).click();
    await first.getByLabel('Search by name').fill(stem);
    await first.getByRole('status').filter({ hasText: /^201 partners match$/ }).waitFor();
    const table = first.getByRole('table', { name: 'Partners' });
    for (let pageNumber = 1; pageNumber <= 5; pageNumber++) {
      if (pageNumber > 1) {
        await first.getByRole('navigation', { name: 'Pages of partners' }).getByRole('button', { name: 'Next page' }).click();
        // Said once this page's rows are in, so "select all on this page" selects these.
        await first.getByRole('status').filter({ hasText: `201 partners match · page ${pageNumber}` }).waitFor();
      }
      await table.getByRole('checkbox', { name: 'Select all partners on this page' }).check();
    }
    const bar = first.getByRole('region', { name: '201 partners selected' });
    const warning = bar.getByRole('alert').filter({ hasText: 'A change can be made to at most 200 partners at a time, and 201 partners are selected.' });
    await warning.waitFor();
    await bar.getByLabel('Change', { exact: true }).selectOption({ label: 'Add a tag' });
    await bar.getByLabel('Tag').fill('fernlea');
    await bar.getByRole('button', { name: 'Apply to 201 partners' }).click();
    await checkScreen(first, 'partners-bulk-too-many');
    expect(bulkRequests).toEqual([]);

    // The last page holds the one partner over the limit.
    await table.getByRole('checkbox', { name: new RegExp(`^Select ${stem} Group`) }).uncheck();
    await first.getByRole('region', { name: '200 partners selected' }).waitFor();
    expect(await first.getByRole('alert').filter({ hasText: 'at most 200 partners' }).count()).toBe(0);
    expect(harness.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
