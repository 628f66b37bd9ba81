import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { describeWithBrowser, step } from '../support/browser.js';
import { linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/** Staff withdraw an approved PACT signature for its signer, with a reason: it leaves the PACT partner list. */
describeWithBrowser('withdrawing a signature for its signer in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let page: Page;
  let signatureId: string;
  let partnerId: string;
  const unique = `Lock${Date.now().toString(36)}`;
  const auth = () => ({ authorization: `Bearer ${officer.token}` });

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', `Wyn Withdraw ${unique}`);
    const body = organisationSignature({ organisationName: `${unique} Canal Trust` });
    await harness.app.http().post('/public/pledges/pact/signatures').set('x-forwarded-for', nextClientIp()).send(body).expect(202);
    const mail: CaughtMail = await harness.app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Confirm your signature'));
    await harness.app.http().post(`/sign/verify/${linkToken(mail, 'verify')}`).type('form').send('').expect(200);
    signatureId = (await harness.app.dataSource.query<{ id: string }[]>('SELECT id FROM signatures WHERE email = $1', [body.email]))[0].id;
    const approved = await harness.app.http().post(`/api/v1/signatures/${signatureId}/approve`).set(auth()).send({ createPartner: true, confirmNotDuplicate: true }).expect(200);
    partnerId = (approved.body as { partnerId: string }).partnerId;
    page = await harness.open(`/signatures/${signatureId}`);
    await signIn(page, officer, `${unique} Canal Trust`);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  step('asks for the reason, then withdraws the signature and takes the partner off the PACT list', async () => {
    const form = page.getByRole('form', { name: 'Withdraw the signature' });
    await form.getByRole('button', { name: 'Withdraw the signature' }).click();
    await form.getByText('Give the reason: it is kept with the signature and in the audit trail.').waitFor();
    await checkScreen(page, 'signature-withdraw');
    await form.getByLabel(/Why is it withdrawn/).fill('The chief executive asked by phone on 3 December.');
    await form.getByRole('button', { name: 'Withdraw the signature' }).click();
    await page.getByText('The signature is withdrawn, as if the signer had used their own link').waitFor();
    const signature = (await harness.app.http().get(`/api/v1/signatures/${signatureId}`).set(auth()).expect(200)).body as Record<string, unknown>;
    expect(signature).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
    const partner = (await harness.app.http().get(`/api/v1/partners/${partnerId}`).set(auth()).expect(200)).body as { lists: string[] };
    expect(partner.lists).not.toContain('pact-partners');
    const [audit] = await harness.app.dataSource.query<{ reason: string; actor_id: string }[]>(
      `SELECT reason, actor_id FROM audit_entries WHERE entity_type = 'signature' AND entity_id = $1 AND action = 'withdrawn'`,
      [signatureId],
    );
    expect(audit).toEqual({ reason: 'The chief executive asked by phone on 3 December.', actor_id: officer.id });
    // A withdrawn signature cannot be withdrawn again.
    const again = await harness.app.http().post(`/api/v1/signatures/${signatureId}/withdraw`).set(auth()).send({ reason: 'again' }).expect(409);
    expect((again.body as { code: string }).code).toBe('SIGNATURE.INVALID_TRANSITION');
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
