import { afterAll, beforeAll, expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { jobIds } from '../../src/queue/queue.contract.js';
import { describeWithBrowser, step } from '../support/browser.js';
import { contactBody, partnerBody } from '../support/factories.js';
import { eventually } from '../support/queue-backends.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The administration screens in Chromium against the real stack (API, worker, PostgreSQL, SMTP catcher):
 * queues and outgoing mail with a refused mail sent again, data protection, reference data, reminders, and
 * a demoted administrator losing these screens at once.
 */
describeWithBrowser('administration in the staff app (headless Chromium)', () => {
  let harness: StaffAppHarness;
  let admin: StaffUser;
  let page: Page;
  const unique = Date.now().toString(36);

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    admin = await harness.createUser('admin', `Ada Administrator ${unique}`);
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });
  const auth = () => ({ authorization: `Bearer ${admin.token}` });
  const outboxState = async (id: string): Promise<string> => (await harness.app.dataSource.query('SELECT status FROM mail_outbox WHERE id = $1', [id]))[0].status;
  /** A test mail to the admin that the mail server refuses for good (550). */
  const refusedMail = async (): Promise<string> => {
    harness.app.mail.failNext(1, 550, `550 mailbox ${admin.email} unavailable`);
    const res = await harness.app.http().post('/api/v1/mail/test').set(auth()).expect(202);
    const id = (res.body as { outboxId: string }).outboxId;
    await eventually(async () => ((await outboxState(id)) === 'failed' ? true : undefined));
    return id;
  };
  /** A table of counts (row header → number), as the screen shows it. */
  const countsIn = (table: Locator): Promise<Record<string, number>> =>
    table.locator('tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.querySelector('th')?.textContent ?? '', Number(r.querySelector('td')?.textContent)])));
  const mailsToAdmin = (): number => harness.app.mail.messages.filter((m) => m.to.includes(admin.email)).length;

  step('a refused mail is sent again from the outgoing mail screen and arrives', async () => {
    const id = await refusedMail();
    page = await harness.open('/');
    await signIn(page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await heading('Administration').waitFor();
    await checkScreen(page, 'administration');

    await page.getByRole('link', { name: 'Outgoing mail' }).click();
    await heading('Outgoing mail').waitFor();
    const row = page.getByRole('row').filter({ hasText: admin.email });
    await row.getByRole('cell', { name: 'Failed', exact: true }).waitFor();
    expect(await row.textContent()).toContain('mailbox [recipient] unavailable');
    await checkScreen(page, 'outbox');

    const before = mailsToAdmin();
    await row.getByRole('button', { name: /^Send again/ }).click();
    await page.getByText(`The mail to ${admin.email} is on its way again.`).waitFor();
    const mail = await harness.app.mail.waitFor((m) => m.to.includes(admin.email) && m.messageId === `<${id}@partnership-crm>`);
    expect(mail.subject).toBe('Test message from the partnerships CRM');
    expect(mailsToAdmin()).toBe(before + 1);
    await eventually(async () => ((await outboxState(id)) === 'sent' ? true : undefined));
    await page.getByLabel('Show mail that is').selectOption({ label: 'Sent' });
    await page.getByRole('row').filter({ hasText: admin.email }).first().getByRole('cell', { name: 'Sent', exact: true }).waitFor();
  });

  step('the queues screen shows the counts and a failed mail job with its error; retrying it sends the mail', async () => {
    const id = await refusedMail();
    const jobId = jobIds.mailSend(id);
    await page.getByRole('link', { name: 'Back to administration' }).click();
    await page.getByRole('link', { name: 'Queues' }).click();
    await heading('Queues').waitFor();
    await page.getByRole('table', { name: 'Jobs in each queue' }).getByRole('rowheader', { name: 'Mail' }).waitFor();
    const failed = page.getByRole('region', { name: 'Failed jobs: Mail' }).getByRole('listitem').filter({ hasText: jobId });
    await failed.getByText(/mailbox \[recipient\] unavailable/).waitFor();
    await checkScreen(page, 'queues');

    await failed.getByRole('button', { name: `Retry Send one mail (${jobId})` }).click();
    await page.getByText('Send one mail: retried.').waitFor();
    await harness.app.mail.waitFor((m) => m.messageId === `<${id}@partnership-crm>`);
    await eventually(async () => ((await outboxState(id)) === 'sent' ? true : undefined));
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  step('subject access shows what is held and downloads it as JSON; an erasure preview counts what the erasure then changes', async () => {
    const officer = await harness.createUser('officer', `Otto Officer ${unique}`);
    const person = { name: `Sasha Subject ${unique}`, email: `sasha-${unique}@home.test` };
    const partner = (await harness.app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer.token}`).send(partnerBody()).expect(201)).body;
    await harness.app.http().post(`/api/v1/partners/${partner.id}/contacts`).set('authorization', `Bearer ${officer.token}`)
      .send(contactBody({ fullName: person.name, email: person.email })).expect(201);

    await page.getByRole('link', { name: 'Back to administration' }).click();
    await page.getByRole('link', { name: 'Data protection' }).click();
    await heading('Data protection').waitFor();
    const suppressed = page.getByRole('region', { name: 'Suppression list' });
    const sizeBefore = Number(/(\d+) erased/.exec((await suppressed.getByText(/on the suppression list/).textContent()) ?? '')?.[1]);
    await checkScreen(page, 'data-protection');

    const access = page.getByRole('form', { name: 'Subject access' });
    await access.getByRole('button', { name: 'Find what is held' }).click();
    await access.getByText('Enter the person’s email address').waitFor();
    await access.getByLabel('Email address').fill(person.email);
    await access.getByRole('button', { name: 'Find what is held' }).click();
    const report = page.getByRole('region', { name: `Data held about ${person.email}` });
    await report.getByRole('heading', { name: 'Contact records (1)' }).waitFor();
    expect(await report.getByRole('table', { name: 'Contact records' }).textContent()).toContain(person.name);
    await checkScreen(page, 'subject-access');
    const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('link', { name: 'Download the report as JSON' }).click()]);
    const json = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { email: string; items: { contacts: { fullName: string }[] } };
    expect(json.email).toBe(person.email);
    expect(json.items.contacts.map((c) => c.fullName)).toEqual([person.name]);

    const erasure = page.getByRole('form', { name: 'Erase a person' });
    await erasure.getByLabel('Email address of the person to erase').fill(person.email);
    await erasure.getByLabel('Reason').fill('Erasure asked for by email');
    await erasure.getByRole('button', { name: 'Preview the erasure' }).click();
    const previewTable = page.getByRole('table', { name: `What erasing ${person.email} will change` });
    await previewTable.waitFor();
    const preview = await countsIn(previewTable);
    expect(preview).toMatchObject({ 'Contact records': 1, 'Added to the suppression list': 1 });
    await checkScreen(page, 'erasure-preview');

    const confirm = page.getByRole('form', { name: 'Confirm the erasure' });
    await confirm.getByLabel(`To confirm, type the email address: ${person.email}`).fill('someone-else@home.test');
    await confirm.getByRole('button', { name: 'Erase this person' }).click();
    await confirm.getByText(`Type ${person.email} exactly to confirm the erasure`).waitFor();
    expect((await harness.app.dataSource.query('SELECT full_name FROM contacts WHERE email = $1', [person.email]))[0].full_name).toBe(person.name);
    await confirm.getByLabel(`To confirm, type the email address: ${person.email}`).fill(person.email.toUpperCase());
    await confirm.getByRole('button', { name: 'Erase this person' }).click();
    const resultTable = page.getByRole('table', { name: 'What the erasure changed' });
    await resultTable.waitFor();
    expect(await countsIn(resultTable)).toEqual(preview);
    await page.getByText(`${person.email} has been erased and is on the suppression list.`).waitFor();
    await suppressed.getByText(`${sizeBefore + 1} erased`).waitFor();
    await checkScreen(page, 'erasure-done');
    expect(await harness.app.dataSource.query('SELECT 1 FROM contacts WHERE email = $1', [person.email])).toHaveLength(0);
  });

  step('reference data: an entry is added, used, renamed, moved up and down without dragging, and retired', async () => {
    const name = `Coastal Resilience ${unique}`;
    const code = `coastal-resilience-${unique}`;
    await page.getByRole('link', { name: 'Back to administration' }).click();
    await page.getByRole('link', { name: 'Reference data' }).click();
    await heading('Reference data').waitFor();
    await page.getByLabel('List').selectOption({ label: 'Themes' });
    await page.getByRole('heading', { level: 2, name: 'Themes', exact: true }).waitFor();
    await checkScreen(page, 'reference-data');

    const add = page.getByRole('form', { name: 'Add an entry to Themes' });
    await add.getByRole('button', { name: 'Add entry' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: 'Enter the name people will see' }).waitFor();
    await add.getByLabel('Name').fill(name);
    expect(await add.getByLabel('Code').inputValue()).toBe(code);
    await add.getByRole('button', { name: 'Add entry' }).click();
    await page.getByText(`${name} added to Themes.`).waitFor();
    const row = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(unique) }) });
    await row().getByRole('cell', { name: 'In use' }).waitFor();
    const officer = await harness.createUser('officer', `Opal Officer ${unique}`);
    await harness.app.http().post('/api/v1/partners').set('authorization', `Bearer ${officer.token}`).send(partnerBody({ themes: [code] })).expect(201);

    await row().getByRole('button', { name: `Rename ${name}` }).click();
    await row().getByLabel(`New name for ${name}`).fill(`Coastal Adaptation ${unique}`);
    await checkScreen(page, 'reference-data-rename');
    await row().getByRole('button', { name: 'Save name' }).click();
    await page.getByText(`${name} renamed to Coastal Adaptation ${unique}.`).waitFor();
    const renamed = `Coastal Adaptation ${unique}`;
    await row().getByRole('rowheader', { name: renamed }).waitFor();
    expect(await row().getByRole('cell').nth(2).textContent()).toBe('1');

    const position = Number(await row().getByRole('cell').first().textContent());
    await row().getByRole('button', { name: `Move up ${renamed}` }).click();
    await page.getByText(`${renamed} moved up.`).waitFor();
    await row().getByRole('cell', { name: String(position - 1), exact: true }).waitFor();
    await row().getByRole('button', { name: `Move down ${renamed}` }).click();
    await row().getByRole('cell', { name: String(position), exact: true }).waitFor();

    await row().getByRole('button', { name: `Retire ${renamed}` }).click();
    await row().getByRole('button', { name: `Restore ${renamed}` }).waitFor();
    await row().getByRole('cell', { name: 'Retired' }).waitFor();
    const themes = (await harness.app.http().get('/api/v1/reference-data/theme').set(auth()).expect(200)).body as { code: string }[];
    expect(themes.map((t) => t.code)).not.toContain(code);
  });

  step('each person chooses their digest on the account page; admins see the latest reminder runs', async () => {
    await page.getByRole('link', { name: 'Account' }).click();
    await heading('Account').waitFor();
    const form = page.getByRole('form', { name: 'Reminder digests' });
    await form.getByText('You get your reminder digest every day.').waitFor();
    await form.getByLabel('Once a week').check();
    await form.getByLabel('On which day?').selectOption({ label: 'Wednesday' });
    await form.getByRole('button', { name: 'Save reminder settings' }).click();
    await form.getByText('Saved. You get your reminder digest once a week, on Wednesdays.').waitFor();
    await checkScreen(page, 'account-reminders');
    const mine = async () => (await harness.app.http().get('/api/v1/me/reminder-preferences').set(auth()).expect(200)).body as { frequency: string; weeklyDay: number };
    expect(await mine()).toMatchObject({ frequency: 'weekly', weeklyDay: 3 });
    await form.getByLabel('Paused: send me no digests').check();
    await form.getByRole('button', { name: 'Save reminder settings' }).click();
    await form.getByText('Saved. Your reminder digests are paused.').waitFor();
    expect(await mine()).toMatchObject({ frequency: 'paused', weeklyDay: 3 });

    const runDate = `2089-0${1 + (Date.now() % 9)}-1${Date.now() % 10}`;
    await harness.app.dataSource.query('INSERT INTO reminder_runs (run_date, fanned_out_at, recipients) VALUES ($1, now(), 0) ON CONFLICT DO NOTHING', [runDate]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Reminder runs' }).click();
    await heading('Reminder runs').waitFor();
    await page.getByRole('table', { name: 'The latest reminder runs, newest first' }).getByRole('row').nth(1).waitFor();
    await checkScreen(page, 'reminder-runs');
  });

  step('a user is invited, signs in, is demoted and loses the admin screens at once', async () => {
    const invitee = { name: `Dana Delegate ${unique}`, email: `dana-${unique}@staff.test`, password: 'harbour lantern meadow' };
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('link', { name: 'Invite a user' }).click();
    await page.getByLabel('Full name').fill(invitee.name);
    await page.getByLabel('Email address').fill(invitee.email);
    await page.getByLabel('Role').selectOption({ label: 'Administrator' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await heading('Invitation sent').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();

    const mail = await harness.app.mail.waitFor((m) => m.to.includes(invitee.email) && m.text.includes('/app/set-password'));
    const link = /https?:\/\/\S+\/app\/set-password#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? '';
    await page.goto(`${harness.base}${new URL(link).pathname}${new URL(link).hash}`);
    await heading('Set your password').waitFor();
    await page.getByLabel('New password').fill(invitee.password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await heading('Your password is set').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, { ...admin, email: invitee.email, password: invitee.password });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Outgoing mail' }).click();
    await heading('Outgoing mail').waitFor();

    // Demoted by another admin while signed in: the very next request tells the app, which drops the admin screens.
    const [{ id }] = await harness.app.dataSource.query('SELECT id FROM users WHERE email = $1', [invitee.email]);
    await harness.app.http().patch(`/api/v1/users/${id}`).set(auth()).send({ role: 'officer' }).expect(200);
    await page.getByLabel('Show mail that is').selectOption({ label: 'Sent' });
    await heading('You do not have access to this page').waitFor();
    await page.getByText('Only administrators can use this page. Your role is: Partnerships officer.').waitFor();
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await checkScreen(page, 'no-admin-access');

    // And the next navigation to an admin screen, by address, asks afresh: still no access.
    await page.goto(`${harness.base}/app/admin/queues`);
    await heading('You do not have access to this page').waitFor();
    await page.getByRole('link', { name: 'Go to my work' }).click();
    await heading('My work').waitFor();
    expect(harness.pageErrors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
  });
});
