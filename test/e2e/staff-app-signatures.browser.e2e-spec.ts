import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { individualSignature, linkToken } from '../support/pledges.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The review queue in the staff app: a signature made on the public signing page is reviewed, linked to the
 * partner it is, approved and published; an individual's endorsement shows its name-display consent plainly.
 */
describeWithBrowser('reviewing signatures in headless Chromium', () => {
  let harness: StaffAppHarness;
  let admin: StaffUser;
  let page: Page;
  const unique = `Mersey${Date.now().toString(36)}`;
  const domain = `${unique.toLowerCase()}.org.uk`;
  const partnerName = `${unique} Community Trust`;
  const signedAs = `${unique} Community Trust Ltd`;
  const signerEmail = `chair-${unique.toLowerCase()}@org.test`;
  let partnerId: string;
  const auth = () => ({ authorization: `Bearer ${admin.token}` });

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', `Ada Admin ${unique}`);
    const created = await harness.app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: partnerName, website: `https://www.${domain}`, status: 'active' })).expect(201);
    partnerId = (created.body as { id: string }).id;
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  /** Signs the PACT on the public page and confirms it from the mailed link, as a signer would. */
  const signThePact = async (): Promise<void> => {
    const signing = await harness.browser.context.newPage();
    await signing.goto(`${harness.base}/sign/pact`);
    await signing.getByLabel('Organisation name').fill(signedAs);
    await signing.getByLabel('Kind of organisation').selectOption('charity');
    await signing.getByLabel('Where it is based').selectOption('knowsley');
    await signing.getByLabel('Website (optional)').fill(`https://${domain}/about`);
    await signing.getByLabel('Full name').fill('Robin Reviewable');
    await signing.getByLabel('Job title').fill('Chair of Trustees');
    await signing.getByLabel('Email address').fill(signerEmail);
    await signing.getByLabel('Empowering local communities').check();
    await signing.getByLabel('I confirm that I have authority to sign on behalf of this organisation').check();
    await signing.getByLabel('List our organisation publicly as a signatory').check();
    await Promise.all([signing.waitForURL('**/sign/pact/check-email'), signing.getByRole('button', { name: 'Sign the pledge' }).click()]);
    const mail = await harness.app.mail.waitFor((m) => m.to.includes(signerEmail) && m.subject.startsWith('Confirm your signature'));
    await signing.goto(`${harness.base}/sign/verify/${linkToken(mail, 'verify')}`);
    await Promise.all([signing.waitForURL('**/sign/verify/**'), signing.getByRole('button', { name: 'Confirm my signature' }).click()]);
    await signing.getByRole('heading', { level: 1, name: 'Signature confirmed' }).waitFor();
    await signing.close();
  };

  step('a signature made on the public signing page waits in the queue, oldest first', async () => {
    await signThePact();
    page = await harness.open('/signatures');
    await signIn(page, admin, 'Signatures');
    const row = page.getByRole('table', { name: 'Awaiting approval: signatures' }).getByRole('row').filter({ hasText: signedAs });
    await row.waitFor();
    expect(await row.textContent()).toContain('Robin Reviewable, Chair of Trustees');
    await checkScreen(page, 'signatures-queue');
  });

  step('shows the organisation as signed, the signer, the text and its hash, the evidence and the partners it may be', async () => {
    await page.getByRole('link', { name: signedAs }).click();
    await page.getByRole('heading', { level: 1, name: signedAs }).waitFor();
    await page.getByText('confirmed, in these words: “I confirm that I have authority to sign on behalf of this organisation”.').waitFor();
    const facts = await page.locator('main').textContent();
    expect(facts).toContain('Chair of Trustees');
    expect(facts).toMatch(/Version \d+/);
    expect(facts).toMatch(/[0-9a-f]{64}/);
    expect(facts).toContain('Agreed to be listed publicly as a signatory');
    expect(facts).toContain('Confirmed from');
    const candidate = page.getByRole('radio', { name: new RegExp(`^${partnerName} `) });
    expect(await candidate.isChecked()).toBe(true);
    expect(await page.locator(`label[for="candidate-${partnerId}"]`).textContent()).toMatch(
      new RegExp(`website (www\\.)?${domain.replace(/\./g, '\\.')}.*matched on .*same website domain`),
    );
    await checkScreen(page, 'signature-review');
  });

  step('is linked to the existing partner and approved', async () => {
    await page.getByRole('button', { name: 'Approve and link to this partner' }).click();
    await page.getByText('The signature is approved.').waitFor();
    const [row] = await harness.app.dataSource.query('SELECT status, partner_id FROM signatures WHERE email = $1', [signerEmail]);
    expect(row).toEqual({ status: 'approved', partner_id: partnerId });
    await page.getByRole('heading', { level: 3, name: 'Suspend' }).waitFor();
    await checkScreen(page, 'signature-approved');
  });

  step("a pledge's page counts its signatures by version and area, and lists its texts", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pledges' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pledges' }).waitFor();
    await checkScreen(page, 'pledges');
    await page.getByRole('link', { name: 'The PACT: Positive Action for Community Transformation' }).click();
    const byArea = page.getByRole('table', { name: 'By area' });
    const knowsley = byArea.getByRole('row', { name: /^Knowsley/ });
    await knowsley.waitFor();
    expect(Number(await knowsley.getByRole('cell').nth(2).textContent())).toBeGreaterThanOrEqual(1);
    await page.getByRole('table', { name: 'By text version' }).waitFor();
    await page.getByRole('group').filter({ hasText: '(current)' }).first().waitFor();
    await checkScreen(page, 'pledge');
  });

  step('an admin previews a new wording as the signing page will show it, then publishes it as the next version', async () => {
    await page.getByRole('link', { name: 'All pledges' }).click();
    await page.getByRole('link', { name: 'Endorse the City Plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Endorse the City Plan' }).waitFor();
    const current = ((await harness.app.http().get('/public/pledges/city-plan').expect(200)).body as { version: number }).version;
    await page.getByLabel('The full new wording').fill(`We, ${unique}, endorse the City Plan.\n\n- A fairer city\n- A greener city`);
    await page.getByRole('button', { name: 'Preview the signing page' }).click();
    const preview = page.getByRole('region', { name: 'Preview of the signing page' });
    await preview.getByText(`We, ${unique}, endorse the City Plan.`).waitFor();
    expect(await preview.getByRole('listitem').allTextContents()).toEqual(['A fairer city', 'A greener city']);
    await checkScreen(page, 'pledge-new-text');
    await page.getByRole('button', { name: `Publish version ${current + 1}` }).click();
    await page.getByText(`Version ${current + 1} is published`).waitFor();
    const signing = await harness.app.http().get('/public/pledges/city-plan').expect(200);
    expect(signing.body).toMatchObject({ version: current + 1, text: `We, ${unique}, endorse the City Plan.\n\n- A fairer city\n- A greener city` });
  });

  step('the preview lists the approved partner as added; "publish now" puts it on the public list', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publishing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publishing' }).waitFor();
    const added = page.getByRole('table', { name: 'Partners added' }).getByRole('row', { name: new RegExp(`^${partnerName} `) });
    await added.waitFor();
    expect(await added.getByRole('cell').last().textContent()).toBe('Yes');
    await page.getByText(/^Publishing now would make version \d+, listing \d+ partners/).waitFor();
    await checkScreen(page, 'publishing-preview');
    const before = (await harness.app.http().get('/api/v1/publications').set(auth()).expect(200)).body as { version: number }[];
    await page.getByRole('button', { name: 'Publish now' }).click();
    const published = await page.getByText(/^Version \d+ is published: \d+ partners/).textContent();
    const version = Number(/^Version (\d+)/.exec(published ?? '')?.[1]);
    expect(version).toBe((before[0]?.version ?? 0) + 1);
    const list = await harness.app.http().get('/public/partners').expect(200);
    expect((list.body as { version: number; partners: { id: string; name: string; pactPartner: boolean }[] }).version).toBe(version);
    expect(list.body.partners).toContainEqual(expect.objectContaining({ id: partnerId, name: partnerName, pactPartner: true }));
    await page.getByText('Nothing would change.').waitFor();
    await checkScreen(page, 'publishing-done');
  });

  step('a second publish with nothing changed says so and creates no version; each version shows its changes and public documents', async () => {
    const before = (await harness.app.http().get('/api/v1/publications').set(auth()).expect(200)).body as { version: number }[];
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText(`Nothing had changed, so no new version was made: the public still sees version ${before[0].version}.`).waitFor();
    const after = (await harness.app.http().get('/api/v1/publications').set(auth()).expect(200)).body as { version: number }[];
    expect(after.length).toBe(before.length);
    const latest = before[0].version;
    await page.getByText(`Changes in version ${latest}`, { exact: true }).click();
    await page.getByRole('table', { name: 'Partners added' }).last().getByRole('row', { name: new RegExp(`^${partnerName} `) }).waitFor();
    expect(await page.getByRole('link', { name: `JSON of version ${latest}` }).getAttribute('href')).toBe(`/public/partners/versions/${latest}`);
    const csvHref = await page.getByRole('link', { name: `CSV of version ${latest}` }).getAttribute('href');
    const csv = await harness.app.http().get(csvHref ?? '').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain(partnerName);
    await checkScreen(page, 'publishing-history');
  });

  step('an individual endorsement says plainly that the name will not be shown, and is rejected with a reason', async () => {
    const body = individualSignature({ listingConsent: false });
    await harness.app.http().post('/public/pledges/city-plan/signatures').send(body).expect(202);
    const mail = await harness.app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Confirm your signature'));
    await harness.app.http().post(`/sign/verify/${linkToken(mail, 'verify')}`).type('form').send('').expect(200);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Signatures' }).click();
    await page.getByLabel('Pledge').selectOption({ label: 'Endorse the City Plan' });
    await page.getByRole('link', { name: String(body.signerName) }).click();
    await page.getByText('they did not agree: their name will not be shown, only counted.').waitFor();
    await page.getByRole('button', { name: 'Reject the signature' }).click();
    await page.getByText('Give the reason: it is kept with the signature and in the audit trail.').waitFor();
    await checkScreen(page, 'signature-individual');
    await page.getByLabel('Why is it rejected?').fill('Duplicate of an earlier endorsement');
    await page.getByRole('button', { name: 'Reject the signature' }).click();
    await page.getByText('The signature is rejected.').waitFor();
    await page.getByText('Duplicate of an earlier endorsement').waitFor();
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
