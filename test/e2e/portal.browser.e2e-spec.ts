import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { registerSubject } from '../support/personal-data.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The partner portal, as its people meet it: a contact asks for a sign-in link, signs in and proposes a new
 * description; an officer approves it in the staff app's moderation queue; after a publication the public list
 * shows it and the partner's history names the proposer. A claim from an address on the organisation's website
 * domain is granted at once; one from elsewhere waits for staff, who see the evidence.
 */
describeWithBrowser('the partner portal in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let admin: StaffUser;
  let portal: Page;
  let staff: Page;
  const unique = `Wirral${Date.now().toString(36)}`;
  const partnerName = `${unique} Food Network`;
  const contactName = `Priya Portal ${unique}`;
  const contactEmail = `priya-${unique.toLowerCase()}@partner.test`;
  const newDescription = `${unique} runs twelve community pantries across the peninsula.`;
  const claimDomain = `${unique.toLowerCase()}-arts.org.test`;
  const claimName = `${unique} Arts Collective`;
  let partnerId: string;
  let claimPartnerId: string;
  const auth = () => ({ authorization: `Bearer ${admin.token}` });

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', `Ada Admin ${unique}`);
    officer = await harness.createUser('officer', `Omar Officer ${unique}`);
    const listed = { status: 'active', publicListing: { consent: true, fields: ['name', 'website', 'description', 'area'] } };
    const created = await harness.app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: partnerName, description: 'Food support.', ...listed })).expect(201);
    partnerId = (created.body as { id: string }).id;
    registerSubject(contactName);
    await harness.app.http().post(`/api/v1/partners/${partnerId}/contacts`).set(auth()).send({ fullName: contactName, email: contactEmail, jobTitle: 'Coordinator' }).expect(201);
    const claimable = await harness.app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: claimName, website: `https://www.${claimDomain}`, ...listed })).expect(201);
    claimPartnerId = (claimable.body as { id: string }).id;
    await harness.app.http().post('/api/v1/publications').set(auth()).expect(200);
  });
  afterAll(async () => {
    await portal?.close();
    await staff?.close();
    await harness?.close();
  });

  const signInLink = async (to: string): Promise<string> => {
    const mail = await harness.app.mail.waitFor((m) => m.to.includes(to) && m.subject === 'Your sign-in link for the partner portal');
    const url = /http:\/\/crm\.test(\/portal\/sign-in\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    if (!url) throw new Error('no sign-in link in the mail');
    return `${harness.base}${url}`;
  };

  step('a contact asks for a sign-in link with their email address', async () => {
    portal = await harness.browser.context.newPage();
    // Portal pages run no script: any console message (a CSP report above all) is a fault, but for the
    // browser's own request for /favicon.ico (404: the product has none).
    portal.on('console', (message) => {
      if (!/Failed to load resource: the server responded with a status of 404/.test(message.text())) harness.pageErrors.push(`portal: ${message.text()}`);
    });
    portal.on('pageerror', (error) => harness.pageErrors.push(`portal: ${error.message}`));
    await portal.goto(`${harness.base}/portal/sign-in`);
    await portal.getByRole('heading', { level: 1, name: 'Sign in to the partner portal' }).waitFor();
    await checkScreen(portal, 'portal-sign-in');
    await portal.getByLabel('Email address').fill(contactEmail);
    await portal.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await checkScreen(portal, 'portal-link-sent');
  });

  step('the emailed link signs them in to their organisation\'s page, which shows the listing as published', async () => {
    await portal.goto(await signInLink(contactEmail));
    await portal.getByText(`You are signing in for ${partnerName}.`).waitFor();
    await checkScreen(portal, 'portal-confirm-sign-in');
    await portal.getByRole('button', { name: 'Sign in' }).click();
    await portal.getByRole('heading', { level: 1, name: partnerName }).waitFor();
    await portal.getByRole('heading', { level: 2, name: 'Your public listing' }).waitFor();
    expect(await portal.locator('.listing').textContent()).toContain('Food support.');
    await checkScreen(portal, 'portal-organisation');
  });

  step('they propose a new description', async () => {
    await portal.getByRole('textbox', { name: 'Description', exact: true }).fill(newDescription);
    await portal.getByRole('button', { name: 'Send proposal' }).click();
    await portal.getByRole('heading', { level: 2, name: 'Thank you: your proposal was sent' }).waitFor();
    await portal.getByText('One proposed change is waiting for the partnerships team.').waitFor();
    await checkScreen(portal, 'portal-proposal-sent');
  });

  step('they add a colleague with their communication preferences, and see the organisation\'s commitments', async () => {
    await portal.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'Contacts' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Your organisation\'s contacts' }).waitFor();
    const add = portal.getByRole('form', { name: 'Add a contact' });
    registerSubject(`Colin Colleague ${unique}`);
    await add.getByLabel('Full name').fill(`Colin Colleague ${unique}`);
    await add.getByLabel('Email address').fill(`colin-${unique.toLowerCase()}@partner.test`);
    await add.getByLabel('The newsletter').check();
    await add.getByRole('button', { name: 'Add the contact' }).click();
    await portal.getByRole('heading', { level: 2, name: 'The contact was added.' }).waitFor();
    await portal.getByRole('heading', { level: 2, name: `Colin Colleague ${unique}` }).waitFor();
    await checkScreen(portal, 'portal-contacts');
    await portal.getByRole('navigation', { name: 'Partner portal' }).getByRole('link', { name: 'Commitments' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Your organisation\'s commitments' }).waitFor();
    await checkScreen(portal, 'portal-commitments');
  });

  step('an officer sees the difference in the moderation queue and approves it', async () => {
    staff = await harness.open('/portal-moderation');
    await signIn(staff, officer, 'Portal moderation');
    const card = staff.getByRole('region', { name: partnerName });
    await card.getByRole('cell', { name: newDescription }).waitFor();
    await card.getByRole('cell', { name: 'Food support.' }).waitFor();
    expect(await card.textContent()).toContain(contactEmail);
    await checkScreen(staff, 'portal-moderation');
    await card.getByRole('button', { name: `Approve the change to ${partnerName}`, exact: true }).click();
    await staff.getByText(`The change to ${partnerName} is approved: it appears in the next publication.`).waitFor();
    await harness.app.mail.waitFor((m) => m.to.includes(contactEmail) && m.subject.startsWith('Your change to'));
  });

  step('after a publication the public list shows it, and the partner\'s history names the proposer', async () => {
    await harness.app.http().post('/api/v1/publications').set(auth()).expect(200);
    const list = await harness.app.http().get('/public/partners').expect(200);
    const entry = (list.body as { partners: { id: string; description?: string }[] }).partners.find((p) => p.id === partnerId);
    expect(entry?.description).toBe(newDescription);
    await staff.goto(`${harness.base}/app/partners/${partnerId}`);
    await staff.getByRole('heading', { level: 1, name: partnerName }).waitFor();
    await staff.getByText(/recorded changes?$/).click();
    await staff.getByRole('list', { name: 'Recorded changes' }).getByText(`Proposed in the partner portal by ${contactName} <${contactEmail}>`, { exact: false }).waitFor();
  });

  step('staff can invite a contact to the portal from the partner page', async () => {
    await staff.getByRole('button', { name: `Invite ${contactName} to the portal` }).click();
    await staff.getByText(`${contactName} has been emailed an invitation to the partner portal.`).waitFor();
    await harness.app.mail.waitFor((m) => m.to.includes(contactEmail) && m.subject === `You are invited to the partner portal for ${partnerName}`);
  });

  step('a claim from an address on the organisation\'s website domain is granted at once', async () => {
    const claimant = `director@${claimDomain}`;
    await portal.goto(`${harness.base}/portal/claim`);
    await portal.getByRole('heading', { level: 1, name: 'Claim your organisation\'s listing' }).waitFor();
    await portal.getByLabel('Organisation name').fill(claimName);
    await portal.getByRole('button', { name: 'Find' }).click();
    await portal.getByRole('link', { name: `Claim ${claimName}` }).click();
    await portal.getByRole('heading', { level: 1, name: `Claim ${claimName}` }).waitFor();
    await checkScreen(portal, 'portal-claim');
    await portal.getByLabel('Your full name').fill(`Dana Director ${unique}`);
    await portal.getByLabel('Your work email address').fill(claimant);
    await portal.getByRole('button', { name: 'Send my claim' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await portal.goto(await signInLink(claimant));
    await portal.getByRole('button', { name: 'Sign in' }).click();
    await portal.getByRole('heading', { level: 1, name: claimName }).waitFor();
  });

  step('a claim from elsewhere waits for staff, who see the evidence', async () => {
    // Another organisation, still unclaimed: claimed from an address not on its domain.
    const other = await harness.app.http().post('/api/v1/partners').set(auth())
      .send(partnerBody({ name: `${unique} Sports Club`, website: `https://${unique.toLowerCase()}-sports.org.test`, status: 'active', publicListing: { consent: true, fields: ['name'] } })).expect(201);
    await harness.app.http().post('/api/v1/publications').set(auth()).expect(200);
    const outsider = `volunteer-${unique.toLowerCase()}@home.test`;
    await portal.goto(`${harness.base}/portal/claim/${(other.body as { id: string }).id}`);
    await portal.getByLabel('Your full name').fill(`Val Volunteer ${unique}`);
    await portal.getByLabel('Your work email address').fill(outsider);
    await portal.getByLabel('Your role at the organisation (optional)').fill('I run the junior section on Saturdays.');
    await portal.getByRole('button', { name: 'Send my claim' }).click();
    await portal.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await harness.app.mail.waitFor((m) => m.to.includes(outsider) && m.subject === `Your claim for ${unique} Sports Club`);
    await staff.goto(`${harness.base}/app/portal-moderation`);
    const claim = staff.getByRole('region', { name: `Claim for ${unique} Sports Club` });
    await claim.getByText('I run the junior section on Saturdays.').waitFor();
    expect(await claim.textContent()).toContain('the address is not on it');
    await checkScreen(staff, 'portal-moderation-claims');
    await claim.getByRole('button', { name: `Grant the claim for ${unique} Sports Club` }).click();
    await staff.getByText(`can now use the portal for ${unique} Sports Club`, { exact: false }).waitFor();
    await signInLink(outsider);
    expect(claimPartnerId).toBeTruthy();
    // The staff app's first load, before signing in, is refused (401) by design.
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
