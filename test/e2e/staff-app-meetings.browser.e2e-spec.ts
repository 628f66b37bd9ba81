import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

interface MeetingBody {
  title: string;
  notes: string | null;
  outcomes: string | null;
  version: number;
  contacts: { name: string }[];
}

/**
 * A logged meeting edited and deleted from the partner page, as an officer would: the form opens with the
 * meeting as it was logged; a colleague's change meanwhile is told in a sentence with a way to reload,
 * for an edit and for a delete alike; the delete asks first and takes an optional reason.
 */
describeWithBrowser('editing and deleting a meeting in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let colleague: StaffUser;
  let page: Page;
  let partnerId: string;
  let meetingId: string;
  const stamp = Date.now().toString(36);
  const name = `Lanternfield ${stamp} Allotment Society`;
  const http = () => harness.app.http();
  const as = (user: StaffUser) => ({ authorization: `Bearer ${user.token}` });
  const readMeeting = async () => (await http().get(`/api/v1/meetings/${meetingId}`).set(as(officer)).expect(200)).body as MeetingBody;
  /** A colleague's edit, made through the API while the officer's page is open. */
  const colleagueRenames = async (title: string) => {
    const { version } = await readMeeting();
    await http().patch(`/api/v1/meetings/${meetingId}`).set(as(colleague)).set('if-match', `"${version}"`).send({ title }).expect(200);
  };
  const meetings = () => page.getByRole('region', { name: 'Meetings', exact: true });

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Olu Officer');
    colleague = await harness.createUser('officer', 'Cass Colleague');
    partnerId = (await http().post('/api/v1/partners').set(as(officer)).send(partnerBody({ name, area: 'wirral', ownerId: officer.id })).expect(201)).body.id;
    const contactId = (await http().post(`/api/v1/partners/${partnerId}/contacts`).set(as(officer)).send(contactBody({ fullName: 'Gwen Gardener' })).expect(201)).body.id;
    const occurredAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    meetingId = (
      await http().post('/api/v1/meetings').set(as(officer)).send({ occurredAt, kind: 'visit', title: 'Plot walk', partnerIds: [partnerId], contactIds: [contactId], notes: 'Saw the new beds.' }).expect(201)
    ).body.id;
    page = await harness.open(`/partners/${partnerId}`);
    await signIn(page, officer, name);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  step('edits a meeting from the partner page: the form opens as it was logged, and the change is saved with its reason', async () => {
    await meetings().getByRole('link', { name: 'Edit Plot walk' }).click();
    const form = page.getByRole('form', { name: 'Edit Plot walk' });
    await form.waitFor();
    expect(await form.getByLabel('Title').inputValue()).toBe('Plot walk');
    expect(await form.getByLabel('Kind').inputValue()).toBe('visit');
    expect(await form.getByLabel('Notes').inputValue()).toBe('Saw the new beds.');
    expect(await form.getByRole('checkbox', { name: /Gwen Gardener/ }).isChecked()).toBe(true);
    await form.getByLabel('Title').fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('link', { name: 'Enter a title, like “Quarterly catch-up”' }).waitFor();
    await checkScreen(page, 'meeting-edit-errors');

    await form.getByLabel('Title').fill('Plot walk and tea');
    await form.getByLabel('Outcomes').fill('They will share the tool shed.');
    await form.getByLabel('Reason for the change (optional)').fill('Added what was agreed');
    await checkScreen(page, 'meeting-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await meetings().getByText('They will share the tool shed.').waitFor();
    expect(await readMeeting()).toMatchObject({ title: 'Plot walk and tea', outcomes: 'They will share the tool shed.', notes: 'Saw the new beds.', version: 2, contacts: [{ name: 'Gwen Gardener' }] });
  });

  step('a colleague\'s edit meanwhile is told in a sentence, nothing is overwritten, and reloading shows theirs to edit', async () => {
    await meetings().getByRole('link', { name: 'Edit Plot walk and tea' }).click();
    const form = page.getByRole('form', { name: 'Edit Plot walk and tea' });
    await form.getByLabel('Notes').fill('Saw the new beds and the pond.');
    await colleagueRenames('Plot walk (with the committee)');

    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this meeting' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Your changes were not saved.');
    await checkScreen(page, 'meeting-edit-conflict');
    expect(await readMeeting()).toMatchObject({ title: 'Plot walk (with the committee)', notes: 'Saw the new beds.' });

    await conflict.getByRole('button', { name: 'Reload the meeting' }).click();
    const reloaded = page.getByRole('form', { name: 'Edit Plot walk (with the committee)' });
    await reloaded.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await reloaded.getByLabel('Notes').fill('Saw the new beds and the pond.');
    await reloaded.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await readMeeting()).toMatchObject({ title: 'Plot walk (with the committee)', notes: 'Saw the new beds and the pond.' });
  });

  step('deletes a meeting after asking, with a reason; a colleague\'s change meanwhile stops the delete until the meetings are reloaded', async () => {
    await page.getByText('Last contact 3 days ago').first().waitFor();
    await meetings().getByRole('button', { name: 'Delete Plot walk (with the committee)' }).click();
    const ask = page.getByRole('form', { name: 'Delete Plot walk (with the committee)' });
    await ask.getByText('removes it and its follow-up actions for good').waitFor();
    await checkScreen(page, 'meeting-delete');
    await colleagueRenames('Plot walk, committee');

    await ask.getByRole('button', { name: 'Delete meeting' }).click();
    const conflict = ask.getByRole('alert').filter({ hasText: 'Someone else changed this meeting' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('It was not deleted.');
    await checkScreen(page, 'meeting-delete-conflict');
    await readMeeting();

    await conflict.getByRole('button', { name: 'Reload the meetings' }).click();
    const again = page.getByRole('form', { name: 'Delete Plot walk, committee' });
    await again.getByLabel('Reason (optional)').fill('Logged against the wrong society');
    await again.getByRole('button', { name: 'Delete meeting' }).click();
    await meetings().getByText('“Plot walk, committee” is deleted.').waitFor();
    await meetings().getByText('No meetings logged with this partner yet.').waitFor();
    await http().get(`/api/v1/meetings/${meetingId}`).set(as(officer)).expect(404);
    // The partner's last contact was that meeting: the header says so once the page refreshes.
    await page.getByText('No contact recorded yet').first().waitFor();
    await checkScreen(page, 'meeting-deleted');
    expect(harness.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
