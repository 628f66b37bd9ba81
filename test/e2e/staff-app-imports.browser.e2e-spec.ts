import { afterAll, beforeAll, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readCsv } from '../../src/common/csv/csv-reader.js';
import { describeWithBrowser, step } from '../support/browser.js';
import { partnerBody } from '../support/factories.js';
import { checkScreen, signIn, startStaffAppHarness, type StaffAppHarness, type StaffUser } from '../support/staff-app-browser.js';

const ROWS = 2_000;
const HEADER = ['Organisation Name', 'Type', 'Local Authority', 'Post Code', 'Company Reg', 'Charity No.', 'Web site', 'Status', 'Ref'];

/** A small deterministic generator (mulberry32): the same corpus on every run, only the tag differs. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Corpus {
  bytes: Buffer;
  duplicates: string[];
  errors: number;
  merged: number;
  endedName: string;
  paddedCompany: { name: string; number: string };
}

/**
 * A register as councils and the NHS publish them: capitals, curly apostrophes, accents, `&`, company numbers
 * whose leading zero Excel dropped, postcodes without their space, organisations repeated under one reference,
 * semicolons, Windows-1252; the product's labels, synonyms and one type only a person can place (Quango).
 */
function registerCorpus(tag: string, duplicates: string[]): Corpus {
  const next = random(15);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const types = ['Registered Charity', 'CIC', 'GP Practice', 'Voluntary Group', 'Charity', 'Quango', 'Church'];
  const areas = ['St. Helens', 'Wirral Council', 'Liverpool', 'Knowsley MBC', 'Sefton', 'Halton'];
  const statuses = ['Active', 'Current', 'Closed', ''];
  const words = ['Café', 'St Helen’s', 'Garden & Allotment', 'Women’s Centre', 'Mañana Arts', 'THE SURGERY', 'Youth Club', 'Food Bank'];
  const postcodes = ['L18XP', 'wa10 1aa', 'CH41 5LH', 'L7 8XP', 'WA81AB', 'l36 9ya'];
  const lines = [HEADER.join(';')];
  let errors = 0;
  let merged = 0;
  let endedName = '';
  let paddedCompany = { name: '', number: '' };
  for (let i = 0; i < ROWS; i++) {
    let name = `${tag} ${pick(words)} ${i}`;
    let ref = `${tag}-R${i}`;
    if (i % 100 === 99) {
      // The same organisation again, under another of its names.
      ref = `${tag}-R${i - 1}`;
      name = `${tag} Also Known As ${i}`;
      merged++;
    }
    const duplicate = i >= 10 && i < 10 + duplicates.length ? duplicates[i - 10] : null;
    if (duplicate) {
      name = duplicate;
      ref = '';
    }
    let postcode = pick(postcodes);
    if (i % 400 === 7) {
      postcode = 'NOT A CODE';
      errors++;
    }
    const company = i % 10 === 3 ? String(1_000_000 + ((Number.parseInt(tag.slice(-5), 36) * 7 + i) % 8_999_999)) : '';
    if (company && !paddedCompany.name) paddedCompany = { name, number: company.padStart(8, '0') };
    const status = i === 5 ? 'Closed' : pick(statuses);
    if (i === 5) endedName = name;
    const website = i % 5 === 0 ? `www.${tag}-org-${i}.org.uk` : '';
    const charity = i % 7 === 0 ? `1 ${(Number.parseInt(tag.slice(-4), 36) % 900) + 100} ${String(i).padStart(4, '0')}` : '';
    const cells = [name, pick(types), pick(areas), postcode, company, charity, website, status, ref];
    lines.push(cells.map((c) => (c.includes(';') || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(';'));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = Buffer.from(text.replace(/\u2019/g, '\x92'), 'latin1');
  return { bytes, duplicates, errors, merged, endedName, paddedCompany };
}

/** The import wizard from a 2,000-row register to its commit, every mapping and decision path on the way. */
describeWithBrowser('the import wizard in headless Chromium', () => {
  let harness: StaffAppHarness;
  let officer: StaffUser;
  let page: Page;
  const tag = `Reg${Date.now().toString(36)}`;
  const existing: Record<'skip' | 'create' | 'update' | 'fill', { id: string; name: string; version: number }> = {} as never;
  let corpus: Corpus;

  beforeAll(async () => {
    harness = await startStaffAppHarness();
    officer = await harness.createUser('officer', 'Ivy Importer');
    const auth = { authorization: `Bearer ${officer.token}` };
    for (const decision of ['skip', 'create', 'update', 'fill'] as const) {
      const body = partnerBody({ name: `${tag} Existing ${decision} Trust`, website: null, description: decision === 'fill' ? 'Written by staff' : null });
      existing[decision] = (await harness.app.http().post('/api/v1/partners').set(auth).send(body).expect(201)).body;
    }
    corpus = registerCorpus(tag, Object.values(existing).map((p) => p.name));
    page = await harness.open('/imports');
    await signIn(page, officer, 'Import partners');
  });
  afterAll(async () => {
    await page?.close();
    await harness?.close();
  });

  const api = (path: string) => harness.app.http().get(path).set('authorization', `Bearer ${officer.token}`);
  const fieldFor = (column: string) => page.getByLabel(`Field for ${column}`, { exact: true });

  step('uploads a semicolon-separated Windows-1252 register chosen with the button', async () => {
    await page.getByRole('link', { name: 'Imports' }).waitFor();
    await checkScreen(page, 'imports-upload');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a CSV file' }).click()]);
    await chooser.setFiles({ name: `${tag}-register.csv`, mimeType: 'application/vnd.ms-excel', buffer: corpus.bytes });
    await page.getByRole('heading', { level: 2, name: 'Match the columns' }).waitFor();
    await page.getByText(`${ROWS} rows, read as Windows-1252, separated by semicolons`).waitFor();
  });

  step('suggests a field for each column from its header, shows samples, and leaves nothing unmapped that matters', async () => {
    const expected: Record<string, string> = {
      'Organisation Name': 'name',
      Type: 'kind',
      'Local Authority': 'area',
      'Post Code': 'postcode',
      'Company Reg': 'company_number',
      'Charity No.': 'charity_number',
      'Web site': 'website',
      Status: 'status',
      Ref: 'external_ref',
    };
    for (const [column, field] of Object.entries(expected)) expect({ column, field: await fieldFor(column).inputValue() }).toEqual({ column, field });
    await page.getByRole('cell', { name: new RegExp(`${tag} .*St Helen’s`) }).first().waitFor();
    await fieldFor('Charity No.').selectOption({ label: 'Don’t import' });
    await fieldFor('Charity No.').selectOption({ label: 'Charity number' });
    await checkScreen(page, 'imports-columns');
    await page.getByRole('button', { name: 'Next: match the values' }).click();
  });

  step('matches labels and synonyms to codes, and lets a person place the rest from the reference list', async () => {
    await page.getByRole('heading', { level: 2, name: 'Match the values' }).waitFor();
    expect(await page.getByLabel('Kind of organisation for Registered Charity').inputValue()).toBe('charity');
    expect(await page.getByLabel('Kind of organisation for CIC').inputValue()).toBe('social-enterprise');
    expect(await page.getByLabel('Kind of organisation for GP Practice').inputValue()).toBe('nhs-provider');
    expect(await page.getByLabel('Area for St. Helens').inputValue()).toBe('st-helens');
    expect(await page.getByLabel('Area for Knowsley MBC').inputValue()).toBe('knowsley');
    expect(await page.getByLabel('Status for Closed').inputValue()).toBe('ended');
    expect(await page.getByLabel('Kind of organisation for Quango').inputValue()).toBe('');
    await page.getByLabel('Kind of organisation for Quango').selectOption({ label: 'Other public body' });
    await page.getByLabel('Kind of organisation for Church').selectOption({ label: 'Faith organisation' });
    await page.getByLabel('Save this mapping as (optional)').fill(`${tag} council register`);
    await checkScreen(page, 'imports-values');
    await page.getByRole('button', { name: 'Check the file' }).click();
  });

  step('runs the dry run with progress, and reports errors in their cells, duplicates with what matched, merged rows', async () => {
    await page.getByRole('heading', { level: 2, name: 'Check and import' }).waitFor();
    const table = page.getByRole('table', { name: 'Rows to check' });
    await table.waitFor();
    await page.getByText(`${corpus.merged} merged into an earlier row, ${corpus.errors} refused`).waitFor();
    expect(await table.getByRole('cell', { name: /NOT A CODE Problem: postcode must be a UK postcode/ }).count()).toBe(corpus.errors);
    for (const partner of Object.values(existing)) {
      await table.getByRole('row').filter({ hasText: `Looks like ${partner.name} (same name)` }).waitFor();
    }
    expect(await table.getByRole('row').filter({ hasText: 'Merged into an earlier row' }).count()).toBe(corpus.merged);
    await checkScreen(page, 'imports-report');
  });

  step('downloads the problem rows as CSV in the file’s own columns, with what is wrong', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the problem rows (CSV)' }).click()]);
    const records = [...readCsv(readFileSync(await download.path(), 'utf8'))].map((r) => r.cells);
    expect(records[0]).toEqual([...HEADER, 'import_problem']);
    expect(records.length - 1).toBe(corpus.errors + corpus.duplicates.length);
    expect(records.filter((r) => r[3] === 'NOT A CODE').every((r) => r[9].includes('Post Code: postcode must be a UK postcode'))).toBe(true);
  });

  step('takes a decision per duplicate row and commits with progress', async () => {
    const rowOf = async (name: string) => Number(await page.getByRole('table', { name: 'Rows to check' }).getByRole('row').filter({ hasText: `Looks like ${name}` }).getByRole('rowheader').textContent());
    await page.getByLabel('Decision for every duplicate').selectOption({ label: 'Create a new partner anyway' });
    await page.getByRole('button', { name: /Apply to all 4 duplicates/ }).click();
    await page.getByLabel(`Decision for row ${await rowOf(existing.skip.name)}`).selectOption({ label: 'Skip this row' });
    await page.getByLabel(`Decision for row ${await rowOf(existing.update.name)}`).selectOption({ label: 'Update the matched partner' });
    await page.getByLabel(`Decision for row ${await rowOf(existing.fill.name)}`).selectOption({ label: 'Fill only its empty fields' });
    expect(await page.getByLabel(`Decision for row ${await rowOf(existing.create.name)}`).inputValue()).toBe('create');
    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Imported' }).waitFor();
    const created = ROWS - corpus.merged - corpus.errors - corpus.duplicates.length + 1;
    await page.getByText(`${created} created, 2 updated, 0 unchanged, ${corpus.merged} merged, ${corpus.errors + 1} skipped.`).waitFor();
    await checkScreen(page, 'imports-done');
  });

  step('wrote what the wizard showed: labels as codes, identifiers normalised, ended_at, merges and decisions', async () => {
    const find = async (name: string) => {
      const [{ id }] = await harness.app.dataSource.query('SELECT id FROM partners WHERE name = $1', [name]);
      return (await api(`/api/v1/partners/${id as string}`).expect(200)).body;
    };
    const ended = await find(corpus.endedName);
    expect(ended).toMatchObject({ status: 'ended', endedAt: expect.any(String) });
    const padded = await find(corpus.paddedCompany.name);
    // Excel's 7-digit company number gets its zero back; a spaceless postcode its space.
    expect(padded.companyNumber).toBe(corpus.paddedCompany.number);
    expect(padded.postcode).toMatch(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/);
    const [{ n }] = await harness.app.dataSource.query(
      `SELECT count(*)::int AS n FROM partners WHERE name LIKE $1 AND cardinality(alternative_names) = 1`,
      [`${tag} %`],
    );
    expect(n).toBe(corpus.merged);
    expect((await api(`/api/v1/partners/${existing.skip.id}`).expect(200)).body.version).toBe(existing.skip.version);
    expect((await api(`/api/v1/partners/${existing.update.id}`).expect(200)).body).toMatchObject({ status: expect.any(String), postcode: expect.any(String) });
    const filled = (await api(`/api/v1/partners/${existing.fill.id}`).expect(200)).body;
    expect(filled).toMatchObject({ description: 'Written by staff', kind: { code: 'charity' }, area: { code: 'liverpool' } });
    expect(filled.postcode).not.toBeNull();
    // The one 401 is the session check of the page opened before signing in.
    expect(harness.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  step('offers the saved mapping again for a file with the same header, dropped on the page', async () => {
    await page.getByRole('button', { name: 'Import another file' }).click();
    const small = `${HEADER.join(';')}\r\n${tag} Dropped Later;Charity;Liverpool;L18XP;;;;Active;${tag}-D1\r\n`;
    const dataTransfer = await page.evaluateHandle((text) => {
      // Runs in the page (the test's TypeScript has no DOM types).
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add: (file: unknown) => void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([text], 'again.csv', { type: 'text/csv' }));
      return transfer;
    }, small);
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
    await page.getByRole('heading', { level: 2, name: 'Match the columns' }).waitFor();
    await page.getByLabel('Use a saved mapping').selectOption({ label: `${tag} council register` });
    await page.getByRole('button', { name: 'Use this mapping' }).click();
    expect(await fieldFor('Ref').inputValue()).toBe('external_ref');
  });
});
