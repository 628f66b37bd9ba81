import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readCsv } from '../../src/common/csv/csv-reader.js';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { partnerBody } from '../support/factories.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { editPartner } from '../support/partner-edits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A GET that keeps the bytes as sent (no client-side decompression). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; rawPayload: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, rawPayload: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

interface Listed {
  id: string;
  name: string;
  website?: string;
  description?: string;
}

describe.each(QUEUE_BACKENDS)('published partner list (%s queue backend)', (backend, env) => {
  let app: TestApp;
  let admin: string;
  const auth = () => ({ authorization: `Bearer ${admin}` });
  const listed: { id: string; name: string }[] = [];

  const createListed = async (overrides: Record<string, unknown> = {}) => {
    const body = partnerBody({
      status: 'active',
      description: 'Private notes about the relationship',
      publicListing: { consent: true, fields: ['name', 'website'] },
      ...overrides,
    });
    return (await app.http().post('/api/v1/partners').set(auth()).send(body).expect(201)).body as { id: string; name: string; version: number };
  };
  const publish = async () => (await app.http().post('/api/v1/publications').set(auth()).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env });
    admin = await app.tokenFor('admin');
    for (let i = 0; i < 3; i++) listed.push(await createListed({ name: `Listed ${backend} ${i}` }));
    await createListed({ name: `No consent ${backend}`, publicListing: { consent: false } });
    await createListed({ name: `Prospect ${backend}`, status: 'prospect' });
  });
  afterAll(() => app.close());

  it('the scheduled job publishes a snapshot of consenting, active partners with allowlisted fields only', async () => {
    const [{ max: before }] = await app.dataSource.query('SELECT coalesce(max(version), 0)::int AS max FROM publications');
    await app.api.get(JobProducer).enqueue('publishing.publish', {}, `publishing.publish-test-${backend}`);
    await eventually(async () => {
      const [{ max }] = await app.dataSource.query('SELECT coalesce(max(version), 0)::int AS max FROM publications');
      return max > before ? true : undefined;
    });
    // The API instance learns of the new version by NOTIFY.
    const res = await eventually(async () => {
      const r = await app.http().get('/public/partners');
      return r.status === 200 && r.body.version > before ? r : undefined;
    });
    const names = (res.body.partners as Listed[]).map((p) => p.name);
    for (const p of listed) expect(names).toContain(p.name);
    expect(names).not.toContain(`No consent ${backend}`);
    expect(names).not.toContain(`Prospect ${backend}`);
    const one = (res.body.partners as Listed[]).find((p) => p.id === listed[0].id);
    expect(one).toEqual({ id: listed[0].id, name: listed[0].name, website: expect.stringMatching(/^https:/), pactPartner: false });
    expect(JSON.stringify(res.body)).not.toContain('Private notes');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves 200 with a strong ETag, then 304 for If-None-Match and If-Modified-Since', async () => {
    const first = await app.http().get('/public/partners').expect(200);
    expect(first.headers.etag).toMatch(/^"\d+-[0-9a-f]{20}(-gz|-br)?"$/);
    expect(first.headers['cache-control']).toContain('max-age=');
    expect(first.headers['last-modified']).toBeDefined();
    const again = await app.http().get('/public/partners').set('if-none-match', first.headers.etag).expect(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    // Open data, not a page: headers fixed for data (nothing to run or frame, readable cross-site), not helmet's.
    for (const res of [first, again]) {
      expect(res.headers).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'cross-origin-resource-policy': 'cross-origin',
        'x-content-type-options': 'nosniff',
        'strict-transport-security': expect.stringContaining('max-age='),
      });
      expect(res.headers['x-dns-prefetch-control']).toBeUndefined();
    }
    expect(again.text).toBe('');
    await app.http().get('/public/partners').set('if-modified-since', first.headers['last-modified']).expect(304);
    await app.http().get('/public/partners').set('if-none-match', '"something-else"').expect(200);
  });

  it('negotiates brotli and gzip, each decoding to the same bytes', async () => {
    const server = app.api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const get = (encoding: string) => rawGet(`http://127.0.0.1:${port}/public/partners`, { 'accept-encoding': encoding });
    const [plain, br, gz] = await Promise.all([get('identity'), get('gzip, br'), get('gzip')]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
  });

  it('an identical publish creates no version; a withdrawn consent leaves the list at the next version', async () => {
    const current = (await app.http().get('/public/partners').expect(200)).body.version as number;
    expect(await publish()).toMatchObject({ created: false, version: current });
    const leaver = listed[1];
    await editPartner(app, admin, leaver.id, { publicListing: { consent: false } });
    const renamed = listed[2];
    const { body: other } = await app.http().get(`/api/v1/partners/${renamed.id}`).set(auth()).expect(200);
    await app.http().patch(`/api/v1/partners/${renamed.id}`).set(auth()).set('if-match', `"${other.version}"`).send({ name: `${renamed.name} renamed` }).expect(200);
    const added = await createListed({ name: `Newcomer ${backend}` });
    expect(await publish()).toMatchObject({ created: true, version: current + 1 });
    const latest = await app.http().get('/public/partners').expect(200);
    expect(latest.body.version).toBe(current + 1);
    expect((latest.body.partners as Listed[]).map((p) => p.id)).not.toContain(leaver.id);
    const changes = await app.http().get(`/public/partners/changes?since=${current}`).expect(200);
    expect(changes.body.removed).toEqual([leaver.id]);
    expect(changes.body.added.map((p: Listed) => p.id)).toEqual([added.id]);
    expect(changes.body.changed.map((p: Listed) => p.name)).toEqual([`${renamed.name} renamed`]);
    await app.http().get(`/public/partners/changes?since=${current}`).set('if-none-match', changes.headers.etag).expect(304);
    // Each entry is the very bytes the full list holds (keys in the same order), so clients may compare hashes.
    for (const entry of [...changes.body.added, ...changes.body.changed] as Listed[]) {
      expect(latest.text).toContain(JSON.stringify(entry));
    }
    const everything = await app.http().get('/public/partners/changes?since=0').expect(200);
    expect(everything.body.added).toHaveLength((latest.body.partners as Listed[]).length);
    for (const entry of everything.body.added as Listed[]) expect(latest.text).toContain(JSON.stringify(entry));
    const old = await app.http().get(`/public/partners/versions/${current}`).expect(200);
    expect((old.body.partners as Listed[]).map((p) => p.id)).toContain(leaver.id);
    expect(old.headers['cache-control']).toContain('immutable');
    const diff = await app.http().get(`/api/v1/publications/${current + 1}/diff`).set(auth()).expect(200);
    expect(diff.body.removed).toEqual([leaver.id]);
    const history = await app.http().get('/api/v1/publications').set(auth()).expect(200);
    expect(history.body[0]).toMatchObject({ version: current + 1, partnerCount: latest.body.count });
  });

  it('serves the list as spreadsheet-safe CSV with its own validators', async () => {
    await createListed({ name: `=HYPERLINK("http://evil") ${backend}` });
    await publish();
    const csv = await app.http().get('/public/partners.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('id,name,website,description,area,kind,pact_partner');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"") ${backend}"`);
    await app.http().get('/public/partners.csv').set('if-none-match', csv.headers.etag).expect(304);
  });

  it('guards formulas hidden behind a separator, spaces, a line break or full-width signs in the public CSV', async () => {
    const hidden = [';=1+1', ' =1+1', '\u00A0=1+1', '\n=1+1', '\uFF1D1+1', '\uFF0B1', '\r@cmd', '\t-1'];
    for (const [i, description] of hidden.entries()) {
      await createListed({ name: `Hidden formula ${backend} ${i}`, description, publicListing: { consent: true, fields: ['name', 'description'] } });
    }
    await publish();
    const rows = [...readCsv((await app.http().get('/public/partners.csv').expect(200)).text)].map((r) => r.cells);
    const column = rows[0].indexOf('description');
    const written = rows.filter((cells) => cells[1]?.startsWith(`Hidden formula ${backend} `)).map((cells) => cells[column]);
    expect(written.sort()).toEqual(hidden.map((d) => `'${d}`).sort());
  });

  it('answers bad or unknown versions with problem+json', async () => {
    const bad = await app.http().get('/public/partners/changes?since=abc').expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const unknown = await app.http().get('/public/partners/versions/999999').expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.code).toBe('PUBLICATION.VERSION_NOT_FOUND');
  });
});
