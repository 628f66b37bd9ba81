import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { registerSubject } from '../support/personal-data.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

const SECTIONS = ['Details', 'Contacts', 'Dialogue', 'Timeline', 'Meetings', 'Actions', 'Agreements and commitments', 'Pledge signatures', 'Consents', 'History of changes'];

/**
 * The partner page's sections, driven as an administrator would: contacts added, made primary and moved;
 * the timeline filtered by type; the partner archived and restored; a duplicate merged after a
 * side-by-side comparison; and a new partner that looks like a duplicate created anyway.
 */
describeWithBrowser('the partner page sections in headless Chromium', () => {
  let harness: StaffAppHarness;
  let admin: StaffUser;
  let page: Page;
  let partnerId: string;
  let neighbourId: string;
  const stamp = Date.now().toString(36);
  const name = `Saltmarsh ${stamp} Community Trust`;
  const neighbour = `Dockside ${stamp} Food Bank`;
  const duplicateName = `Saltmarsh ${stamp} Community Trust Ltd`;
  const auth = () => ({ authorization: `Bearer ${admin.token}` });
  const http = () => harness.app.http();

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', 'Ada Administrator');
    partnerId = (await http().post('/api/v1/partners').set(auth()).send(partnerBody({ name, area: 'sefton', ownerId: admin.id, tags: ['coastal'] })).expect(201)).body.id;
    neighbourId = (await http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: neighbour })).expect(201)).body.id;
    await http().post(`/api/v1/partners/${partnerId}/contacts`).set(auth()).send(contactBody({ fullName: 'Dana Director', isPrimary: true })).expect(201);
    await http().patch(`/api/v1/partners/${partnerId}`).set(auth()).set('if-match', '"1"').send({ status: 'active' }).expect(200);
    for (const [title, daysAgo] of [['Harbour walk', 9], ['Trustee briefing', 4]] as const) {
      const occurredAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
      const actions = title === 'Trustee briefing' ? [{ description: 'Send the trustees the minutes', ownerId: admin.id, dueDate: '2031-01-15' }] : [];
      await http().post('/api/v1/meetings').set(auth()).send({ occurredAt, kind: 'visit', title, partnerIds: [partnerId], actions }).expect(201);
    }
    page = await harness.open(`/partners/${partnerId}`);
    await signIn(page, admin, name);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const contactsOf = async (id: string) =>
    (await http().get(`/api/v1/partners/${id}/contacts`).set(auth()).expect(200)).body as { fullName: string; isPrimary: boolean }[];
  const region = (label: string) => page.getByRole('region', { name: label, exact: true });

  step('shows the header in words and every section as a headed region', async () => {
    const header = page.locator('header[aria-labelledby="partner-name"]');
    for (const text of ['Active', 'Charity', 'Sefton', 'Ada Administrator', 'coastal', 'Not listed publicly', 'Last contact 4 days ago']) {
      await header.getByText(text).first().waitFor();
    }
    for (const section of SECTIONS) {
      await region(section).getByRole('heading', { level: 2, name: section }).waitFor();
    }
    // The meeting's title, and again in its edit and delete buttons' names.
    await region('Meetings').getByText('Trustee briefing').first().waitFor();
    const action = region('Actions').getByRole('listitem').filter({ hasText: 'Send the trustees the minutes' });
    expect(await action.textContent()).toMatch(/Owner: You · due 15 Jan 2031 · from “Trustee briefing”Open/);
    await checkScreen(page, 'partner-sections');
  });

  step('adds a contact, then makes them the primary contact', async () => {
    const contacts = region('Contacts');
    await contacts.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('Email address').fill('not an address');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('link', { name: 'Enter the person’s full name' }).waitFor();
    await page.getByRole('link', { name: 'Enter an email address like name@example.org' }).waitFor();
    await checkScreen(page, 'partner-contact-errors');

    registerSubject('Sam Secretary', 'sam.secretary@saltmarsh.test');
    await form.getByLabel('Full name').fill('Sam Secretary');
    await form.getByLabel('Job title').fill('Company secretary');
    await form.getByLabel('Email address').fill('sam.secretary@saltmarsh.test');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await contacts.getByText('Sam Secretary added.').waitFor();
    expect(await contactsOf(partnerId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ fullName: 'Dana Director', isPrimary: true }), expect.objectContaining({ fullName: 'Sam Secretary', isPrimary: false })]),
    );

    await contacts.getByRole('button', { name: 'Make Sam Secretary primary' }).click();
    await contacts.getByText('Sam Secretary is now the primary contact.').waitFor();
    await contacts.getByRole('button', { name: 'Make Dana Director primary' }).waitFor();
    const after = await contactsOf(partnerId);
    expect(after.filter((c) => c.isPrimary).map((c) => c.fullName)).toEqual(['Sam Secretary']);
    await checkScreen(page, 'partner-contact-primary');
  });

  step('records that a contact moved to another organisation, chosen by typeahead', async () => {
    const contacts = region('Contacts');
    await contacts.getByRole('button', { name: 'Move Dana Director to another organisation' }).click();
    const form = page.getByRole('form', { name: 'Move Dana Director to another organisation' });
    await form.getByRole('button', { name: 'Record the move' }).click();
    await page.getByRole('link', { name: 'Choose the organisation the person has moved to' }).waitFor();
    await form.getByRole('combobox', { name: 'New organisation' }).fill(neighbour.slice(0, 14));
    await page.getByRole('option', { name: new RegExp(neighbour) }).click();
    await form.getByText(`Moving to ${neighbour}`).waitFor();
    await form.getByLabel('Job title there (optional)').fill('Volunteer lead');
    await checkScreen(page, 'partner-contact-move');
    await form.getByRole('button', { name: 'Record the move' }).click();
    await contacts.getByText(`Dana Director is now recorded at ${neighbour}.`).waitFor();
    expect((await contactsOf(partnerId)).map((c) => c.fullName)).toEqual(['Sam Secretary']);
    expect((await contactsOf(neighbourId)).map((c) => c.fullName)).toEqual(['Dana Director']);
  });

  step('filters the timeline by type', async () => {
    const timeline = region('Timeline');
    const entries = timeline.getByRole('list', { name: 'Timeline entries' }).getByRole('listitem');
    await timeline.getByText('Change to the record').first().waitFor();
    await timeline.getByLabel('Show').selectOption({ label: 'Meetings' });
    await timeline.getByText('Change to the record').first().waitFor({ state: 'detached' });
    await timeline.getByText('Harbour walk').waitFor();
    expect(await entries.allTextContents()).toEqual([expect.stringMatching(/^Meeting.*Trustee briefing.*By Ada Administrator/), expect.stringMatching(/^Meeting.*Harbour walk/)]);
    await checkScreen(page, 'partner-timeline-meetings');
    await timeline.getByLabel('Show').selectOption({ label: 'Pledge signatures' });
    await timeline.getByText('No pledge signatures yet.').waitFor();
    await timeline.getByLabel('Show').selectOption({ label: 'Everything' });
    await timeline.getByText('Change to the record').first().waitFor();
  });

  step('archives the partner with a reason, then restores it', async () => {
    await page.getByRole('button', { name: 'Archive partner' }).click();
    const form = page.getByRole('form', { name: 'Archive partner' });
    await form.getByLabel('Reason (optional)').fill('Trust wound up for the winter');
    await form.getByRole('button', { name: `Archive ${name}` }).click();
    await page.getByText(`${name} is archived.`).waitFor();
    await page.getByRole('button', { name: 'Restore partner' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    const archived = (await http().get(`/api/v1/partners/${partnerId}`).set(auth()).expect(200)).body;
    expect(archived.archivedAt).not.toBeNull();
    await checkScreen(page, 'partner-archived');

    await page.getByRole('button', { name: 'Restore partner' }).click();
    await page.getByText(`${name} is restored.`).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
    expect((await http().get(`/api/v1/partners/${partnerId}`).set(auth()).expect(200)).body.archivedAt).toBeNull();
    const history = region('History of changes');
    await history.getByText(/recorded changes/).click();
    await history.getByRole('listitem').filter({ hasText: 'Archived by you' }).filter({ hasText: 'Trust wound up for the winter' }).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Restored by you' }).waitFor();
  });

  step('merges a duplicate after showing the two records side by side', async () => {
    const duplicate = (
      await http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: duplicateName, area: 'sefton', companyNumber: '07654321', tags: ['harbour'], confirmNotDuplicate: true })).expect(201)
    ).body as { id: string; website: string };
    await http().post(`/api/v1/partners/${duplicate.id}/contacts`).set(auth()).send(contactBody({ fullName: 'Mo Treasurer' })).expect(201);

    await page.getByRole('link', { name: 'Merge a duplicate into this partner' }).click();
    await page.getByRole('heading', { level: 1, name: `Merge a duplicate into ${name}` }).waitFor();
    await page.getByRole('combobox', { name: 'The duplicate' }).fill(duplicateName.slice(0, 20));
    await page.getByRole('option', { name: new RegExp(`${duplicateName}`) }).click();
    const table = page.getByRole('table', { name: `${name} (kept) beside ${duplicateName} (merged in)` });
    await table.waitFor();
    const row = async (label: string) => (await table.getByRole('row', { name: new RegExp(`^${label}`) }).allTextContents()).join('');
    expect(await row('Company number')).toMatch(/differs.*\(empty\).*07654321/);
    expect(await row('Website')).toContain(duplicate.website);
    await table.getByText('Mo Treasurer').waitFor();
    await checkScreen(page, 'partner-merge-comparison');

    await page.getByRole('button', { name: `Merge ${duplicateName} into ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(`${duplicateName} was merged into ${name}, and archived.`).waitFor();
    await region('Contacts').getByRole('button', { name: 'Edit Mo Treasurer' }).waitFor();
    const merged = (await http().get(`/api/v1/partners/${duplicate.id}`).set(auth()).expect(200)).body;
    expect(merged.mergedIntoId).toBe(partnerId);
    const survivor = (await http().get(`/api/v1/partners/${partnerId}`).set(auth()).expect(200)).body;
    expect({ companyNumber: survivor.companyNumber, tags: survivor.tags }).toEqual({ companyNumber: '07654321', tags: ['coastal', 'harbour'] });
    await checkScreen(page, 'partner-merged');
  });

  step('a new partner that looks like a duplicate shows the candidates, each a link, and is created anyway', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('link', { name: 'New partner' }).click();
    await page.getByRole('heading', { level: 1, name: 'New partner' }).waitFor();
    const form = page.getByRole('form', { name: 'New partner' });
    await form.getByRole('button', { name: 'Create partner' }).click();
    await page.getByRole('link', { name: 'Enter the organisation’s name' }).waitFor();
    await checkScreen(page, 'new-partner-errors');

    await form.getByLabel('Name').fill(neighbour.toUpperCase());
    await form.getByLabel('Kind of organisation').selectOption({ label: 'Charity' });
    await form.getByLabel('Area').selectOption({ label: 'Wirral' });
    await form.getByRole('button', { name: 'Create partner' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'This may already be in the CRM' });
    await warning.waitFor();
    const candidate = warning.getByRole('link', { name: neighbour });
    expect(await candidate.getAttribute('href')).toBe(`/app/partners/${neighbourId}`);
    expect(await warning.textContent()).toContain('the same name');
    await checkScreen(page, 'new-partner-duplicates');

    await warning.getByRole('button', { name: 'Create anyway' }).click();
    await page.getByRole('heading', { level: 1, name: neighbour.toUpperCase() }).waitFor();
    const created = (await http().get(`/api/v1/partners?q=${encodeURIComponent(neighbour)}`).set(auth()).expect(200)).body.items as { id: string; area: { code: string }; owner: { id: string } | null }[];
    expect(created).toHaveLength(2);
    const mine = created.find((p) => p.id !== neighbourId);
    expect(mine).toMatchObject({ area: { code: 'wirral' }, owner: { id: admin.id } });
    expect(harness.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
