import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { agreementBody, partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/** The agreements list: filters by title, status, kind and owner, kept in the address; labels, not codes. */
describeWithBrowser('the agreements list in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let page: Page;
  const unique = `Quayside${Date.now().toString(36)}`;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Ola Officer');
    const auth = { authorization: `Bearer ${officer.token}` };
    const { id: partnerId } = (await harness.app.http().post('/api/v1/partners').set(auth).send(partnerBody({ name: `${unique} Arts Trust` })).expect(201)).body;
    const add = (overrides: Record<string, unknown>) => harness.app.http().post('/api/v1/agreements').set(auth).send(agreementBody([partnerId], overrides)).expect(201);
    await add({ title: `${unique} youth MoU`, ownerId: officer.id });
    await add({ title: `${unique} data sharing`, kind: 'data-sharing-agreement', status: 'active', startDate: '2026-01-01' });
    await add({ title: `${unique} venue contract`, kind: 'contract', ownerId: officer.id, status: 'active', startDate: '2026-02-01' });
    page = await harness.open('/agreements');
    await signIn(page, officer, 'Agreements');
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const rows = () => page.getByRole('table', { name: 'Agreements' }).getByRole('row').filter({ hasText: unique });
  const titles = async () => (await rows().getByRole('link').allTextContents()).sort();
  /** Waits until the table lists exactly these of the test's agreements (the list refetches as filters change). */
  const waitForTitles = async (expected: string[]) => {
    const want = expected.map((t) => `${unique} ${t}`).sort();
    await page.waitForFunction(
      ([prefix, wanted]) => {
        // Runs in the page (the test's TypeScript has no DOM types).
        const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> } }).document;
        const shown = Array.from(doc.querySelectorAll('table tbody a'), (a) => a.textContent ?? '').filter((t) => t.startsWith(prefix)).sort();
        return JSON.stringify(shown) === wanted;
      },
      [unique, JSON.stringify(want)] as const,
    );
    expect(await titles()).toEqual(want);
  };

  step('finds agreements by title and narrows them by status, kind and owner', async () => {
    await page.getByLabel('Search by title').fill(unique);
    await waitForTitles(['youth MoU', 'data sharing', 'venue contract']);
    expect(await rows().filter({ hasText: 'Data-sharing agreement' }).count()).toBe(1);
    await checkScreen(page, 'agreements-list');

    await page.getByLabel('Status').selectOption({ label: 'Active' });
    await waitForTitles(['data sharing', 'venue contract']);
    await page.getByLabel('Kind').selectOption({ label: 'Contract' });
    await waitForTitles(['venue contract']);
    await page.getByLabel('Kind').selectOption({ label: 'Any kind' });
    await page.getByLabel('Owner').selectOption({ label: 'Mine' });
    await waitForTitles(['venue contract']);
    await page.getByLabel('Status').selectOption({ label: 'Draft' });
    await waitForTitles(['youth MoU']);
    await page.getByLabel('Status').selectOption({ label: 'Terminated' });
    await page.getByText('No agreements match these filters.').waitFor();
    await checkScreen(page, 'agreements-none');
  });

  step('keeps the filters in the address, so a reload shows the same list, and opens an agreement', async () => {
    await page.getByLabel('Status').selectOption({ label: 'Any status' });
    await page.getByLabel('Owner').selectOption({ label: 'Anyone' });
    await page.getByLabel('Sort by').selectOption({ label: 'Newest first' });
    await waitForTitles(['youth MoU', 'data sharing', 'venue contract']);
    expect(await rows().first().getByRole('link').textContent()).toBe(`${unique} venue contract`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    expect(await page.getByLabel('Search by title').inputValue()).toBe(unique);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('-createdAt');
    await waitForTitles(['youth MoU', 'data sharing', 'venue contract']);
    await rows().getByRole('link', { name: `${unique} data sharing` }).click();
    await page.getByRole('heading', { level: 1, name: `${unique} data sharing` }).waitFor();
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
