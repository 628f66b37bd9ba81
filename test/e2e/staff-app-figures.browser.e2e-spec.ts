import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { describeWithBrowser, step } from '../support/browser.js';
import { agreementBody, partnerBody } from '../support/factories.js';
import { linkToken, nextClientIp, organisationSignature } from '../support/pledges.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

/**
 * The figures screen: for a period in 1998 (a year no other test's figures reach), every chart's table shows
 * the hand-counted fixture, a chart downloads as CSV with the same numbers and labels, and as SVG and PNG.
 * The fixture's partners are archived soon after the period, and its agreement removed at the end, so later
 * periods' stock figures in other files never see them.
 */
describeWithBrowser('the figures screen in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let owner: StaffUser;
  let page: Page;
  let agreementId: string;
  const unique = `Quay${Date.now().toString(36)}`;
  const from = '1998-01-01';
  const to = '1998-06-30';
  const labels = new Map<string, string>();
  const auth = () => ({ authorization: `Bearer ${officer.token}` });
  const sql = (text: string, params: unknown[]) => harness.app.dataSource.query(text, params);
  const partner = async (overrides: Record<string, unknown>): Promise<string> =>
    ((await harness.app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ confirmNotDuplicate: true, ...overrides })).expect(201)).body as { id: string }).id;
  const meeting = async (partnerIds: string[], occurredAt: string) =>
    harness.app.http().post('/api/v1/meetings').set(auth()).send({ occurredAt, kind: 'meeting', title: `${unique} fixture`, partnerIds }).expect(201);

  /** A PACT signature made and confirmed through the public pages, then dated into the period. */
  const verifiedSignature = async (verifiedAt: string) => {
    const body = organisationSignature();
    await harness.app.http().post('/public/pledges/pact/signatures').set('x-forwarded-for', nextClientIp()).send(body).expect(202);
    const mail: CaughtMail = await harness.app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Confirm your signature'));
    await harness.app.http().post(`/sign/verify/${linkToken(mail, 'verify')}`).type('form').send('').expect(200);
    await sql('UPDATE signatures SET verified_at = $2, submitted_at = $2 WHERE email = $1', [body.email, verifiedAt]);
  };

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', `Fay Figures ${unique}`);
    owner = await harness.createUser('officer', `Olu Owner ${unique}`);
    for (const category of ['area', 'organisation-kind', 'priority-area', 'theme', 'agreement-kind']) {
      const entries = (await harness.app.http().get(`/api/v1/reference-data/${category}`).set(auth()).expect(200)).body as { code: string; label: string }[];
      for (const e of entries) labels.set(`${category}:${e.code}`, e.label);
    }
    const a = await partner({ name: `${unique} Dock Trust`, area: 'liverpool', kind: 'charity', priorityAreas: ['housing'], themes: ['people-and-skills'] });
    const b = await partner({ name: `${unique} Mersey Aid`, area: 'liverpool', kind: 'charity', priorityAreas: ['housing', 'culture'] });
    const c = await partner({ name: `${unique} Shore School`, area: 'wirral', kind: 'school', themes: ['people-and-skills'] });
    const d = await partner({ name: `${unique} Old Hall`, area: 'sefton', kind: 'charity' });
    await sql(`UPDATE partners SET created_at = '1998-02-10T12:00:00Z' WHERE id = $1`, [a]);
    await sql(`UPDATE partners SET created_at = '1998-03-05T12:00:00Z' WHERE id = $1`, [b]);
    await sql(`UPDATE partners SET created_at = '1998-05-20T12:00:00Z' WHERE id = $1`, [c]);
    await sql(`UPDATE partners SET created_at = '1997-06-01T12:00:00Z' WHERE id = $1`, [d]);
    await meeting([a], '1998-02-15T10:00:00Z');
    await meeting([a, c], '1998-05-25T10:00:00Z');
    await meeting([d], '1997-12-01T10:00:00Z'); // before the period
    await verifiedSignature('1998-04-12T09:00:00Z');
    const agreement = await harness.app.http().post('/api/v1/agreements').set(auth()).send(agreementBody([a], { status: 'active', endDate: '1998-07-15', renewalNoticeDays: 30 })).expect(201);
    agreementId = (agreement.body as { id: string }).id;
    await sql(`UPDATE agreements SET created_at = '1998-01-20T12:00:00Z' WHERE id = $1`, [agreementId]);
    // Live at the end of the period, archived soon after: no later period counts them.
    await sql(`UPDATE partners SET archived_at = '1998-08-01T12:00:00Z' WHERE id = ANY($1)`, [[a, b, c, d]]);
    // Overdue dialogue is as of today: two live partners of this file's own owner, due long ago.
    for (const name of ['Pier Club', 'Ferry Works']) {
      const id = await partner({ name: `${unique} ${name}`, status: 'active', ownerId: owner.id });
      await sql(`UPDATE partners SET dialogue_due_at = now() - interval '40 days' WHERE id = $1`, [id]);
    }
    page = await harness.open(`/figures?from=${from}&to=${to}`);
    await signIn(page, officer, 'Figures');
  });
  afterAll(async () => {
    if (agreementId) {
      await sql('DELETE FROM agreement_parties WHERE agreement_id = $1', [agreementId]);
      await sql('DELETE FROM agreements WHERE id = $1', [agreementId]);
    }
    await page?.close();
    await harness?.close();
  });

  const label = (category: string, code: string) => {
    const found = labels.get(`${category}:${code}`);
    if (!found) throw new Error(`no label for ${category}:${code}`);
    return found;
  };
  const table = (title: string) => page.getByRole('table', { name: title });
  /** The table's rows as [row header, ...cells] text, header row included. */
  const rowsOf = async (title: string): Promise<string[][]> => {
    const rows = await table(title).getByRole('row').all();
    return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((t) => t.trim())));
  };
  /** The value in `row`'s line under `column`. */
  const cell = async (title: string, row: string, column: string): Promise<string> => {
    const [header, ...body] = await rowsOf(title);
    const line = body.find((r) => r[0] === row);
    if (!line) throw new Error(`${title}: no row "${row}" in ${JSON.stringify(body.map((r) => r[0]))}`);
    return line[header.indexOf(column)];
  };

  step('shows the headline figures and every chart with its table, for the period chosen', async () => {
    await page.getByRole('heading', { level: 2, name: '1 Jan 1998 to 30 Jun 1998' }).waitFor();
    const headline = async (name: string) => page.locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
    expect({
      live: await headline('Live partners at the end'),
      newPartners: await headline('New partners'),
      signatories: await headline('New signatories'),
      meetings: await headline('Meetings held'),
      engaged: await headline('Partners engaged'),
      renewals: await headline('Renewals falling due'),
    }).toEqual({ live: '4', newPartners: '3', signatories: '1', meetings: '2', engaged: '2', renewals: '1' });

    const liverpool = label('area', 'liverpool');
    const charity = label('organisation-kind', 'charity');
    expect(await cell('Partners by area and kind', liverpool, charity)).toBe('2');
    expect(await cell('Partners by area and kind', label('area', 'wirral'), label('organisation-kind', 'school'))).toBe('1');
    expect(await cell('Partners by area and kind', label('area', 'sefton'), charity)).toBe('1');
    expect(await cell('Partners by area and kind', label('area', 'sefton'), label('organisation-kind', 'school'))).toBe('0');
    expect(await cell('Partners by priority area', label('priority-area', 'housing'), 'Partners')).toBe('2');
    expect(await cell('Partners by priority area', label('priority-area', 'culture'), 'Partners')).toBe('1');
    expect(await cell('Partners by theme', label('theme', 'people-and-skills'), 'Partners')).toBe('2');

    expect(await rowsOf('New partners and signatories per month')).toEqual([
      ['Month', 'New partners', 'New signatories'],
      ['Jan 1998', '0', '0'],
      ['Feb 1998', '1', '0'],
      ['Mar 1998', '1', '0'],
      ['Apr 1998', '0', '1'],
      ['May 1998', '1', '0'],
      ['Jun 1998', '0', '0'],
    ]);
    expect(await rowsOf('Meetings held and partners engaged per area')).toEqual([
      ['Area', 'Meetings held', 'Partners engaged'],
      [liverpool, '2', '1'],
      [label('area', 'wirral'), '1', '1'],
    ]);
    expect(await cell('Overdue dialogue per owner', owner.displayName, 'Partners overdue')).toBe('2');
    expect(await cell('Agreements by kind and status', label('agreement-kind', 'memorandum-of-understanding'), 'Active')).toBe('1');
    expect(await cell('Renewals falling due per month', 'Jun 1998', 'Renewals due')).toBe('1');
    // Each chart is a named picture of its table; no code is on screen.
    expect(await page.getByRole('img', { name: /\(chart; the table gives the numbers\)$/ }).count()).toBe(8);
    expect(await page.locator('main').textContent()).not.toMatch(/memorandum-of-understanding|people-and-skills|organisation-kind/);
    await checkScreen(page, 'figures');
  });

  step('downloads a chart as CSV with the numbers and labels of its table', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV of Partners by area and kind' }).click()]);
    expect(download.suggestedFilename()).toBe(`partners-by-area-and-kind-${from}-to-${to}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trimEnd().split('\r\n').map((line) => line.split(','));
    const header = lines[0];
    const row = (area: string) => lines.find((l) => l[0] === area) ?? [];
    expect(header[0]).toBe('Area');
    expect(row(label('area', 'liverpool'))[header.indexOf(label('organisation-kind', 'charity'))]).toBe('2');
    expect(row(label('area', 'wirral'))[header.indexOf(label('organisation-kind', 'school'))]).toBe('1');
    // The CSV has the table's rows, all of them.
    expect(lines.length - 1).toBe((await rowsOf('Partners by area and kind')).length - 1);

    const [months] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV of New partners and signatories per month' }).click()]);
    expect(readFileSync(await months.path(), 'utf8')).toBe('\ufeffMonth,New partners,New signatories\r\nJan 1998,0,0\r\nFeb 1998,1,0\r\nMar 1998,1,0\r\nApr 1998,0,1\r\nMay 1998,1,0\r\nJun 1998,0,0\r\n');
  });

  step('downloads a chart as SVG and as PNG', async () => {
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG of Partners by theme' }).click()]);
    const markup = readFileSync(await svg.path(), 'utf8');
    expect(markup).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain(label('theme', 'people-and-skills'));
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG of Partners by theme' }).click()]);
    expect(png.suggestedFilename()).toBe(`partners-by-theme-${from}-to-${to}.png`);
    expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  step('chooses another period from the form, and from the navigation to it', async () => {
    await page.getByLabel('From', { exact: true }).fill('1998-02-01');
    await page.getByLabel('To', { exact: true }).fill('1998-02-28');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.getByRole('heading', { level: 2, name: '1 Feb 1998 to 28 Feb 1998' }).waitFor();
    expect(await rowsOf('New partners and signatories per month')).toEqual([['Month', 'New partners', 'New signatories'], ['Feb 1998', '1', '0']]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
    await page.getByRole('link', { name: 'This quarter' }).and(page.locator('[aria-current="true"]')).waitFor();
    // The one 401 is the session probe before signing in.
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
