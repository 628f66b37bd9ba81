import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeWithBrowser, step } from '../support/browser.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * Accounts in Chromium against the real stack and SMTP catcher: an admin invites someone from the
 * Users screen; the invitee sets a password with the mailed link and signs in; forgotten password by
 * the mailed link; changing one's own password on the account page.
 */
describeWithBrowser('accounts in the staff app (headless Chromium)', () => {
  let harness: StaffAppHarness;
  let admin: StaffUser;
  let viewer: StaffUser;
  let page: Page;
  const unique = Date.now().toString(36);
  const invitee = { name: `Ivy Invitee ${unique}`, email: `ivy-${unique}@staff.test`, password: 'juniper kettle orbit' };

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', `Ada Admin ${unique}`);
    viewer = await harness.createUser('viewer', `Vic Viewer ${Date.now().toString(36)}`);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  /** The link in the newest mail to `to` (after mail id `after`), pointed at the test server. */
  const mailedLink = async (to: string, path: string, after = 0): Promise<string> => {
    const mail = await harness.app.mail.waitFor((m) => m.to.includes(to) && m.id > after && m.text.includes(path));
    const link = new RegExp(`https?://\\S+${path}#token=[A-Za-z0-9_-]+`).exec(mail.text)?.[0];
    if (!link) throw new Error(`no ${path} link in the mail`);
    return `${harness.base}${new URL(link).pathname}${new URL(link).hash}`;
  };
  const lastMailId = (): number => harness.app.mail.messages.at(-1)?.id ?? 0;
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  step('an admin invites a person from the Users screen, sends the invitation again, changes a role, deactivates and reactivates', async () => {
    page = await harness.open('/');
    await signIn(page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await heading('Users').waitFor();
    await page.getByRole('link', { name: admin.displayName, exact: true }).waitFor();
    await checkScreen(page, 'users');

    await page.getByRole('link', { name: 'Invite a user' }).click();
    await heading('Invite a user').waitFor();
    await checkScreen(page, 'invite-user');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Enter the person’s full name' }).waitFor();
    await checkScreen(page, 'invite-user-errors');

    await page.getByLabel('Full name').fill(invitee.name);
    await page.getByLabel('Email address').fill(invitee.email);
    await page.getByLabel('Role').selectOption({ label: 'Viewer' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await heading('Invitation sent').waitFor();
    await checkScreen(page, 'invitation-sent');
    await mailedLink(invitee.email, '/app/set-password');

    await page.getByRole('link', { name: `See ${invitee.name}’s page` }).click();
    await heading(invitee.name).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Invited, has not set a password yet');
    await page.getByLabel(`Role of ${invitee.name}`).selectOption({ label: 'Partnerships officer' });
    await page.getByRole('button', { name: 'Change role' }).click();
    await page.getByText(`${invitee.name} is now: Partnerships officer.`).waitFor();
    await page.getByRole('button', { name: 'Send the invitation again' }).click();
    await page.getByText(`A new invitation is on its way to ${invitee.email}.`).waitFor();
    await checkScreen(page, 'user');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    const row = page.getByRole('row').filter({ hasText: invitee.name });
    await row.getByText('Partnerships officer').waitFor();

    // Deactivating signs the person out at once; reactivating lets them back in.
    await page.getByRole('link', { name: viewer.displayName }).click();
    await heading(viewer.displayName).waitFor();
    await page.getByRole('button', { name: `Deactivate ${viewer.displayName}` }).click();
    await page.getByRole('button', { name: `Reactivate ${viewer.displayName}` }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Deactivated');
    await checkScreen(page, 'user-deactivated');
    await harness.app.http().get('/api/v1/auth/me').set('authorization', `Bearer ${viewer.token}`).expect(401);
    await page.getByRole('button', { name: `Reactivate ${viewer.displayName}` }).click();
    await page.getByRole('button', { name: `Deactivate ${viewer.displayName}` }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
  });

  step('the invitee sets a password with the newest mailed link (the older one no longer works), then signs in', async () => {
    const mails = harness.app.mail.messages.filter((m) => m.to.includes(invitee.email));
    expect(mails).toHaveLength(2);
    const first = await mailedLink(invitee.email, '/app/set-password');
    const newest = await mailedLink(invitee.email, '/app/set-password', mails[0].id);

    await page.goto(first);
    await heading('This invitation link does not work').waitFor();
    await checkScreen(page, 'invitation-link-broken');

    await page.goto(newest);
    await heading('Set your password').waitFor();
    await page.getByText(`Welcome, ${invitee.name}.`).waitFor();
    await checkScreen(page, 'set-password');
    await page.getByLabel('New password').fill('password1234');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: /This password is too common/ }).waitFor();
    expect(await page.title()).toBe('Error: Set your password – Partnership CRM');
    await checkScreen(page, 'set-password-errors');

    await page.getByLabel('New password').fill(invitee.password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await heading('Your password is set').waitFor();
    await checkScreen(page, 'password-set');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await heading('Sign in').waitFor();
    await signIn(page, { ...admin, email: invitee.email, password: invitee.password });
    expect(await page.getByRole('banner').textContent()).toContain(invitee.name);
  });

  step('stays signed in across a reload, and signs out', async () => {
    await page.reload();
    await heading('My work').waitFor();
    expect(await page.getByRole('banner').textContent()).toContain(invitee.name);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${harness.base}/app/account`);
    await heading('Sign in').waitFor();
  });

  step('a forgotten password is reset by the mailed link', async () => {
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await heading('Reset your password').waitFor();
    await checkScreen(page, 'forgot-password');
    const before = lastMailId();
    await page.getByLabel('Email address').fill(invitee.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await heading('Check your email').waitFor();
    await checkScreen(page, 'forgot-password-sent');

    await page.goto(await mailedLink(invitee.email, '/app/reset-password', before));
    await heading('Choose a new password').waitFor();
    await checkScreen(page, 'reset-password');
    invitee.password = 'saffron ladder quietly';
    await page.getByLabel('New password').fill(invitee.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await heading('Your password has been changed').waitFor();
    await checkScreen(page, 'password-reset-done');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, { ...admin, email: invitee.email, password: invitee.password });
  });

  step('changes their own password on the account page (the current one is required)', async () => {
    await page.getByRole('link', { name: 'Account' }).click();
    await heading('Account').waitFor();
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill('cobalt meadow sixty');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'This is not your current password.' }).waitFor();
    await checkScreen(page, 'account-password-errors');

    await page.getByLabel('Current password').fill(invitee.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed. You have been signed out everywhere else.').waitFor();
    await checkScreen(page, 'account-password-changed');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await signIn(page, { ...admin, email: invitee.email, password: 'cobalt meadow sixty' });
    expect(harness.pageErrors.filter((e) => !/401|410|422|Failed to load resource/.test(e))).toEqual([]);
  });
});
