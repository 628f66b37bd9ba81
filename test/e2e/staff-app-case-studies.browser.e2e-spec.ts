import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * Case studies in the staff app: written from an activity's page (the activity and its lead partner chosen
 * already), linked to another partner by name, edited, and shown on the activity's and the partners' pages.
 */
describeWithBrowser('case studies in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let page: Page;
  const unique = `Ferry${Date.now().toString(36)}`;
  const activityTitle = `${unique} riverside skills week`;
  const leadName = `${unique} Lead Trust`;
  const otherName = `${unique} Harbour Youth`;
  const title = `${unique}: young people into maritime jobs`;
  let activityId: string;
  let leadId: string;
  let otherId: string;
  let caseStudyId: string;
  const auth = () => ({ authorization: `Bearer ${officer.token}` });
  const partner = async (name: string): Promise<string> =>
    ((await harness.app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ name, confirmNotDuplicate: true })).expect(201)).body as { id: string }).id;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', `Cal Case ${unique}`);
    leadId = await partner(leadName);
    otherId = await partner(otherName);
    const activity = await harness.app
      .http()
      .post('/api/v1/plan/activities')
      .set(auth())
      .send({ title: activityTitle, theme: 'people-and-skills', priority: 'current', leadPartners: [leadId] })
      .expect(201);
    activityId = (activity.body as { id: string }).id;
    page = await harness.open(`/plan/activities/${activityId}`);
    await signIn(page, officer, activityTitle);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const caseStudiesOn = () => page.getByRole('region', { name: 'Case studies' });

  step('writes a case study from the activity page, with its lead partner chosen and another added by name', async () => {
    await caseStudiesOn().getByText('No case study is linked to this yet.').waitFor();
    await page.getByRole('link', { name: 'Write a case study about this activity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a case study' }).waitFor();
    expect(await page.getByRole('list', { name: 'Chosen activities' }).textContent()).toContain(activityTitle);
    expect(await page.getByRole('list', { name: 'Chosen partners' }).textContent()).toContain(leadName);
    // Nothing typed: both answers are asked for, in the summary and beside the fields.
    await page.getByRole('button', { name: 'Save the case study' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Enter a title.' }).waitFor();
    await summary.getByRole('link', { name: 'Tell the story.' }).waitFor();
    await checkScreen(page, 'case-study-new-errors');

    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Story').fill('Twelve young people spent a week on the river.\n\nFour now have apprenticeships.');
    await page.getByRole('combobox', { name: 'Add a partner' }).fill(`${unique} Harb`);
    await page.getByRole('option', { name: new RegExp(otherName) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Chosen partners' }).getByText(otherName).waitFor();
    await page.getByRole('button', { name: 'Save the case study' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('The case study is saved.').waitFor();
    caseStudyId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const saved = (await harness.app.http().get(`/api/v1/plan/case-studies/${caseStudyId}`).set(auth()).expect(200)).body as Record<string, unknown>;
    expect(saved).toMatchObject({
      title,
      story: 'Twelve young people spent a week on the river.\n\nFour now have apprenticeships.',
      activities: [{ id: activityId, name: activityTitle }],
      partners: expect.arrayContaining([{ id: leadId, name: leadName }, { id: otherId, name: otherName }]),
    });
    await page.getByText('Four now have apprenticeships.').waitFor();
    await checkScreen(page, 'case-study');
  });

  step('edits it: a new title, and the lead partner no longer linked', async () => {
    await page.getByRole('button', { name: 'Edit the case study' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit “${title}”` }).waitFor();
    await page.getByLabel('Title').fill(`${title} (2026)`);
    await page.getByRole('button', { name: `Remove ${leadName}` }).click();
    await checkScreen(page, 'case-study-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} (2026)` }).waitFor();
    await page.getByText('Your changes are saved.').waitFor();
    const partners = page.getByRole('heading', { level: 2, name: 'Partners' }).locator('xpath=following-sibling::ul[1]');
    expect(await partners.getByRole('link').allTextContents()).toEqual([otherName]);
    const saved = (await harness.app.http().get(`/api/v1/plan/case-studies/${caseStudyId}`).set(auth()).expect(200)).body as { title: string; partners: unknown[] };
    expect(saved).toMatchObject({ title: `${title} (2026)`, partners: [{ id: otherId, name: otherName }] });
  });

  step('is listed with the plan’s case studies, and on the activity’s and the linked partner’s pages only', async () => {
    const filtered = async (query: string) =>
      ((await harness.app.http().get(`/api/v1/plan/case-studies?${query}`).set(auth()).expect(200)).body as { id: string }[]).map((s) => s.id);
    expect(await filtered(`partner=${otherId}`)).toEqual([caseStudyId]);
    expect(await filtered(`partner=${leadId}`)).toEqual([]);
    expect(await filtered(`activity=${activityId}`)).toEqual([caseStudyId]);

    await page.goto(`${harness.base}/app/plan`);
    await page.getByRole('link', { name: 'Case studies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case studies' }).waitFor();
    await page.getByRole('link', { name: `${title} (2026)` }).waitFor();
    await checkScreen(page, 'case-studies');

    await page.goto(`${harness.base}/app/plan/activities/${activityId}`);
    await caseStudiesOn().getByRole('link', { name: `${title} (2026)` }).waitFor();
    await page.goto(`${harness.base}/app/partners/${otherId}`);
    await caseStudiesOn().getByRole('link', { name: `${title} (2026)` }).waitFor();
    await page.goto(`${harness.base}/app/partners/${leadId}`);
    await caseStudiesOn().getByText('No case study is linked to this yet.').waitFor();
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  step('refuses an unknown case study with its own code', async () => {
    const missing = await harness.app.http().get('/api/v1/plan/case-studies/00000000-0000-4000-8000-000000000000').set(auth()).expect(404);
    expect((missing.body as { code: string }).code).toBe('PLAN.CASE_STUDY_NOT_FOUND');
    const patched = await harness.app.http().patch('/api/v1/plan/case-studies/00000000-0000-4000-8000-000000000000').set(auth()).send({ title: 'x' }).expect(404);
    expect((patched.body as { code: string }).code).toBe('PLAN.CASE_STUDY_NOT_FOUND');
    await harness.app.http().patch(`/api/v1/plan/case-studies/${caseStudyId}`).set(auth()).send({ title: null }).expect(400);
  });
});
