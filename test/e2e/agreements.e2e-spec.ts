import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Response } from 'superagent';
import { AGREEMENT_TRANSITIONS } from '../../src/agreements/agreement-status.js';
import type { AgreementStatus } from '../../src/agreements/agreement.entity.js';
import { addDays, todayIn } from '../../src/agreements/calendar.js';
import { agreementBody, partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Small enough that the oversize test sends little; real deployments default to 10 MiB. */
const MAX_BYTES = 64 * 1024;
const today = todayIn('Europe/London');
const daysFromToday = (days: number): string => addDays(today, days);

/** A real (tiny, one blank page) PDF with a correct cross-reference table. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]);

/** superagent leaves unknown binary types unread; collect the bytes. */
const binary = (res: Response, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('agreements and commitments', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
    [officer, admin, viewer] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin'), app.tokenFor('viewer')]);
  });
  afterAll(() => app.close());

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}, ifMatch?: string) => {
      const req = app.http().post(url).set('authorization', `Bearer ${token}`);
      return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
    },
    patch: (url: string, body: object, ifMatch?: string) => {
      const req = app.http().patch(url).set('authorization', `Bearer ${token}`);
      return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
    },
    upload: (agreementId: string, fileName: string, contentType: string, content: Buffer | string) =>
      app
        .http()
        .post(`/api/v1/agreements/${agreementId}/documents`)
        .query({ fileName })
        .set('authorization', `Bearer ${token}`)
        .set('content-type', contentType)
        .send(content),
  });
  const partner = async (overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> =>
    (await as(officer).post('/api/v1/partners', partnerBody(overrides)).expect(201)).body;
  const agreement = async (parties: string[], overrides: Record<string, unknown> = {}) =>
    (await as(officer).post('/api/v1/agreements', agreementBody(parties, overrides)).expect(201)).body;
  const transition = (id: string, to: AgreementStatus, extra: Record<string, unknown> = {}) =>
    as(officer).post(`/api/v1/agreements/${id}/status`, { to, ...extra });

  describe('records', () => {
    it('an officer records an agreement with several parties, kind, themes and dates; a viewer reads it', async () => {
      const [a, b] = [await partner(), await partner()];
      const res = await as(officer)
        .post(
          '/api/v1/agreements',
          agreementBody([a.id, b.id], {
            title: 'Covenant with the Armed Forces',
            kind: 'standing-commitment',
            themes: ['people-and-skills'],
            priorityAreas: ['employment-and-skills'],
            startDate: '2024-04-01',
            endDate: daysFromToday(365),
            reviewDate: daysFromToday(90),
            renewalNoticeDays: 60,
            description: 'Guaranteed interviews for veterans.',
          }),
        )
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        title: 'Covenant with the Armed Forces',
        kind: { code: 'standing-commitment' },
        status: 'draft',
        effectiveStatus: 'draft',
        expired: false,
        allowedTransitions: ['active', 'terminated'],
        themes: [{ code: 'people-and-skills', label: 'People and Skills' }],
        priorityAreas: [{ code: 'employment-and-skills', label: 'Employment and skills' }],
        startDate: '2024-04-01',
        endDate: daysFromToday(365),
        reviewDate: daysFromToday(90),
        renewalNoticeDays: 60,
        nextRenewalNoticeDate: daysFromToday(305),
        reviewDue: false,
        renewalDue: false,
        version: 1,
      });
      expect(res.body.parties.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());
      const fetched = await as(viewer).get(`/api/v1/agreements/${res.body.id}`).expect(200);
      expect(fetched.body).toEqual(res.body);
      expect(fetched.headers.etag).toBe('"1"');
      await as(viewer).post('/api/v1/agreements', agreementBody([a.id])).expect(403);
    });

    it('agreement kinds are editable reference data, seeded by the migration', async () => {
      const kinds = await as(viewer).get('/api/v1/reference-data/agreement-kind').expect(200);
      expect(kinds.body.map((k: { code: string }) => k.code).slice(0, 6)).toEqual([
        'memorandum-of-understanding',
        'cooperation-agreement',
        'data-sharing-agreement',
        'contract',
        'standing-commitment',
        'other',
      ]);
      await as(admin).post('/api/v1/reference-data/agreement-kind', { code: 'grant-agreement', label: 'Grant agreement' }).expect(201);
      const p = await partner();
      await agreement([p.id], { kind: 'grant-agreement' });
      await as(admin).patch('/api/v1/reference-data/agreement-kind/grant-agreement', { retired: true }).expect(200);
      const retired = await as(officer).post('/api/v1/agreements', agreementBody([p.id], { kind: 'grant-agreement' })).expect(422);
      expect(retired.body.code).toBe('REFERENCE.RETIRED');
    });

    it('refuses unknown kinds, unknown or archived parties and an end before the start, each with a clear code', async () => {
      const p = await partner();
      const kind = await as(officer).post('/api/v1/agreements', agreementBody([p.id], { kind: 'handshake' })).expect(422);
      expect(kind.body).toMatchObject({ code: 'REFERENCE.UNKNOWN', field: 'kind' });
      const ghost = '00000000-0000-4000-8000-000000000000';
      const unknown = await as(officer).post('/api/v1/agreements', agreementBody([p.id, ghost])).expect(422);
      expect(unknown.body).toMatchObject({ code: 'AGREEMENT.UNKNOWN_PARTY', ids: [ghost] });
      const gone = await partner();
      await as(officer).post(`/api/v1/partners/${gone.id}/archive`).expect(200);
      const archived = await as(officer).post('/api/v1/agreements', agreementBody([gone.id])).expect(422);
      expect(archived.body).toMatchObject({ code: 'AGREEMENT.PARTY_ARCHIVED', ids: [gone.id] });
      const dates = await as(officer)
        .post('/api/v1/agreements', agreementBody([p.id], { startDate: '2025-06-01', endDate: '2025-05-31' }))
        .expect(422);
      expect(dates.body.code).toBe('AGREEMENT.INVALID_DATES');
      const none = await as(officer).post('/api/v1/agreements', agreementBody([])).expect(400);
      expect(none.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const badDate = await as(officer).post('/api/v1/agreements', agreementBody([p.id], { endDate: '2025-02-29' })).expect(400);
      expect(badDate.body.errors).toEqual([{ field: 'endDate', messages: ['endDate must be a date as YYYY-MM-DD'] }]);
    });

    it('updates need If-Match: a stale one gets 412, a missing one 428; null clears only nullable fields', async () => {
      const [a, b] = [await partner(), await partner()];
      const created = await agreement([a.id], { reviewDate: daysFromToday(30) });
      const url = `/api/v1/agreements/${created.id}`;
      const updated = await as(officer).patch(url, { parties: [a.id, b.id], reviewDate: null, reason: 'B joined' }, '"1"').expect(200);
      expect(updated.body).toMatchObject({ version: 2, reviewDate: null });
      expect(updated.headers.etag).toBe('"2"');
      const stale = await as(admin).patch(url, { title: 'Overwritten' }, '"1"').expect(412);
      expect(stale.body).toMatchObject({ code: 'AGREEMENT.VERSION_CONFLICT', currentVersion: 2 });
      const missing = await as(admin).patch(url, { title: 'Overwritten' }).expect(428);
      expect(missing.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
      await as(officer).patch(url, { title: null }, '"2"').expect(400);
      await as(officer).patch(url, { status: 'active' }, '"2"').expect(400);
      const trail = await as(viewer).get(`${url}/audit`).expect(200);
      expect(trail.body.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
      expect(trail.body[0]).toMatchObject({ reason: 'B joined', changes: { reviewDate: { before: daysFromToday(30), after: null } } });
    });

    it('concurrent updates with the same version: exactly one wins', async () => {
      const created = await agreement([(await partner()).id]);
      const results = await Promise.all(
        ['One', 'Two', 'Three'].map((title) => as(officer).patch(`/api/v1/agreements/${created.id}`, { title }, '"1"')),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    });
  });

  describe('status', () => {
    /** Puts a new agreement in `status` by allowed steps; its end date has passed when it must expire. */
    async function agreementIn(status: AgreementStatus, ended: boolean): Promise<{ id: string }> {
      const endDate = daysFromToday(ended ? -1 : 200);
      const created = await agreement([(await partner()).id], { endDate, status: status === 'draft' ? 'draft' : 'active' });
      if (status === 'under-review') await transition(created.id, 'under-review').expect(200);
      if (status === 'terminated') await transition(created.id, 'terminated').expect(200);
      if (status === 'expired') await transition(created.id, 'expired').expect(200);
      return created;
    }

    const allowed = Object.entries(AGREEMENT_TRANSITIONS).flatMap(([from, targets]) =>
      targets.map((to) => [from as AgreementStatus, to] as const),
    );

    it.each(allowed)('%s → %s is allowed and audited with its reason', async (from, to) => {
      const created = await agreementIn(from, from === 'expired' || to === 'expired');
      const renewal = from === 'expired' ? { endDate: daysFromToday(365) } : {};
      const res = await transition(created.id, to, { reason: `going ${to}`, ...renewal }).expect(200);
      expect(res.body).toMatchObject({ status: to, effectiveStatus: to, allowedTransitions: AGREEMENT_TRANSITIONS[to] });
      const trail = await as(viewer).get(`/api/v1/agreements/${created.id}/audit`).expect(200);
      expect(trail.body[0]).toMatchObject({ action: 'status-changed', reason: `going ${to}`, changes: { status: { before: from, after: to } } });
    });

    const illegal: [AgreementStatus, AgreementStatus][] = [
      ['draft', 'expired'],
      ['draft', 'under-review'],
      ['active', 'active'],
      ['active', 'draft'],
      ['expired', 'under-review'],
      ['expired', 'terminated'],
      ['terminated', 'active'],
      ['terminated', 'draft'],
    ];

    it.each(illegal)('%s → %s is refused with AGREEMENT.ILLEGAL_TRANSITION naming the allowed targets', async (from, to) => {
      const created = await agreementIn(from, from === 'expired');
      const res = await transition(created.id, to).expect(422);
      expect(res.body).toMatchObject({ code: 'AGREEMENT.ILLEGAL_TRANSITION', from, to, allowed: AGREEMENT_TRANSITIONS[from] });
      expect(res.body.detail).toContain(`from ${from} to ${to}`);
      const unchanged = await as(viewer).get(`/api/v1/agreements/${created.id}`).expect(200);
      expect(unchanged.body.status).toBe(from);
    });

    it('expiry follows the dates: no expiring before the end, no (re)activating after it without new dates', async () => {
      const running = await agreementIn('active', false);
      const early = await transition(running.id, 'expired').expect(422);
      expect(early.body.code).toBe('AGREEMENT.NOT_YET_ENDED');
      const lapsed = await agreementIn('expired', true);
      const noDates = await transition(lapsed.id, 'active').expect(422);
      expect(noDates.body).toMatchObject({ code: 'AGREEMENT.END_DATE_PASSED', endDate: daysFromToday(-1) });
      const renewed = await transition(lapsed.id, 'active', { startDate: today, endDate: daysFromToday(730) }).expect(200);
      expect(renewed.body).toMatchObject({ status: 'active', expired: false, startDate: today, endDate: daysFromToday(730) });
    });

    it('an agreement is active from its start date, not before: refused on activation, creation and edit', async () => {
      const etagOf = async (id: string) => (await as(viewer).get(`/api/v1/agreements/${id}`).expect(200)).headers.etag;
      const signedEarly = await agreementIn('draft', false);
      await as(officer).patch(`/api/v1/agreements/${signedEarly.id}`, { startDate: daysFromToday(30) }, await etagOf(signedEarly.id)).expect(200);
      const early = await transition(signedEarly.id, 'active').expect(422);
      expect(early.body).toMatchObject({ code: 'AGREEMENT.NOT_YET_STARTED', startDate: daysFromToday(30) });
      expect((await as(viewer).get(`/api/v1/agreements/${signedEarly.id}`).expect(200)).body.status).toBe('draft');
      const parties = [(await partner()).id];
      const created = await as(officer).post('/api/v1/agreements', agreementBody(parties, { status: 'active', startDate: daysFromToday(1) })).expect(422);
      expect(created.body.code).toBe('AGREEMENT.NOT_YET_STARTED');
      const running = await agreementIn('active', false);
      const moved = await as(officer).patch(`/api/v1/agreements/${running.id}`, { startDate: daysFromToday(7) }, await etagOf(running.id)).expect(422);
      expect(moved.body.code).toBe('AGREEMENT.NOT_YET_STARTED');
      // From the start date itself, it can.
      await as(officer).patch(`/api/v1/agreements/${signedEarly.id}`, { startDate: today }, await etagOf(signedEarly.id)).expect(200);
      await transition(signedEarly.id, 'active').expect(200);
    });

    it('a stale If-Match on a status change gets 412; without one the transition table alone decides', async () => {
      const created = await agreementIn('draft', false);
      await as(officer).post(`/api/v1/agreements/${created.id}/status`, { to: 'active' }, '"7"').expect(412);
      await as(officer).post(`/api/v1/agreements/${created.id}/status`, { to: 'active' }, '"1"').expect(200);
      await as(viewer).post(`/api/v1/agreements/${created.id}/status`, { to: 'terminated' }).expect(403);
    });
  });

  describe('computed expiry and due dates', () => {
    it('an active agreement past its end date reads as expired, and lists and filters by its effective status', async () => {
      const p = await partner();
      const lapsed = await agreement([p.id], { status: 'active', endDate: daysFromToday(-3), renewalNoticeDays: 30 });
      expect(lapsed).toMatchObject({
        status: 'active',
        effectiveStatus: 'expired',
        expired: true,
        nextRenewalNoticeDate: daysFromToday(-33),
        renewalDue: false,
      });
      const running = await agreement([p.id], {
        status: 'active',
        endDate: daysFromToday(20),
        renewalNoticeDays: 30,
        reviewDate: today,
      });
      expect(running).toMatchObject({ effectiveStatus: 'active', expired: false, renewalDue: true, reviewDue: true });
      const draft = await agreement([p.id], { endDate: daysFromToday(-3) });
      expect(draft).toMatchObject({ effectiveStatus: 'draft', expired: false });
      const expired = await as(viewer).get(`/api/v1/agreements?partner=${p.id}&status=expired`).expect(200);
      expect(expired.body.items.map((i: { id: string }) => i.id)).toEqual([lapsed.id]);
      expect(expired.body.items[0]).toMatchObject({ status: 'active', effectiveStatus: 'expired', expired: true });
      const active = await as(viewer).get(`/api/v1/agreements?partner=${p.id}&status=active`).expect(200);
      expect(active.body.items.map((i: { id: string }) => i.id)).toEqual([running.id]);
    });

    it('filters what is due for review or expiring before a date, by kind and owner, with keyset pages', async () => {
      const p = await partner();
      const soon = await agreement([p.id], { status: 'active', title: 'B soon', reviewDate: daysFromToday(10), endDate: daysFromToday(40) });
      const later = await agreement([p.id], { status: 'active', title: 'A later', reviewDate: daysFromToday(100), endDate: daysFromToday(400) });
      await agreement([p.id], { title: 'C draft', reviewDate: daysFromToday(5), endDate: daysFromToday(20) });
      const list = (query: string) => as(viewer).get(`/api/v1/agreements?partner=${p.id}&${query}`).expect(200);
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
      expect(ids(await list(`reviewDueBefore=${daysFromToday(60)}`))).toEqual([soon.id]);
      expect(ids(await list(`expiringBefore=${daysFromToday(60)}`))).toEqual([soon.id]);
      expect(ids(await list('kind=memorandum-of-understanding&sort=endDate&status=active'))).toEqual([soon.id, later.id]);
      expect(ids(await list('owner=none&sort=-endDate&status=active'))).toEqual([later.id, soon.id]);
      const first = await list('sort=title&limit=2');
      expect(first.body.items.map((i: { title: string }) => i.title)).toEqual(['A later', 'B soon']);
      const second = await list(`sort=title&limit=2&cursor=${first.body.nextCursor as string}`);
      expect(second.body.items.map((i: { title: string }) => i.title)).toEqual(['C draft']);
      expect(second.body.nextCursor).toBeNull();
      const crafted = Buffer.from(JSON.stringify({ s: 'endDate', v: ['not-a-date', 'x'] })).toString('base64url');
      const bad = await as(viewer).get(`/api/v1/agreements?sort=endDate&cursor=${crafted}`).expect(400);
      expect(bad.body.code).toBe('REQUEST.INVALID_CURSOR');
    });
  });

  describe('documents', () => {
    let agreementId: string;

    beforeAll(async () => {
      agreementId = (await agreement([(await partner()).id])).id;
    });

    it('accepts a real PDF and gives back identical bytes as a safe attachment', async () => {
      const pdf = tinyPdf();
      const uploaded = await as(officer).upload(agreementId, 'Signed MoU 2024.pdf', 'application/pdf', pdf).expect(201);
      expect(uploaded.body).toMatchObject({
        kind: 'file',
        name: 'Signed MoU 2024.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        url: null,
        downloadPath: `/api/v1/agreements/${agreementId}/documents/${uploaded.body.id}/content`,
      });
      const download = await as(viewer).get(uploaded.body.downloadPath).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
      expect(download.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="Signed MoU 2024.pdf"; filename*=UTF-8''Signed%20MoU%202024.pdf`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
      const listed = await as(viewer).get(`/api/v1/agreements/${agreementId}/documents`).expect(200);
      expect(listed.body.map((d: { id: string }) => d.id)).toContain(uploaded.body.id);
    });

    it('sanitises file names: no paths, no control characters, an extension that fits the content', async () => {
      const traversal = await as(officer).upload(agreementId, '../../etc/passwd\r\n.pdf', 'application/pdf', tinyPdf()).expect(201);
      expect(traversal.body.name).toBe('passwd.pdf');
      const disguised = await as(officer).upload(agreementId, 'C:\\Users\\me\\invoice\u202Efdp.exe', 'application/pdf', tinyPdf()).expect(201);
      expect(disguised.body.name).toBe('invoicefdp.exe.pdf');
      const unicode = await as(officer).upload(agreementId, 'Übereinkunft "Liverpool".pdf', 'application/pdf', tinyPdf()).expect(201);
      expect(unicode.body.name).toBe('Übereinkunft _Liverpool_.pdf');
      const download = await as(viewer).get(unicode.body.downloadPath).buffer(true).parse(binary).expect(200);
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="_bereinkunft _Liverpool_.pdf"; filename*=UTF-8''%C3%9Cbereinkunft%20_Liverpool_.pdf`,
      );
      const long = await as(officer).upload(agreementId, `${'x'.repeat(500)}.pdf`, 'application/pdf', tinyPdf()).expect(201);
      expect(long.body.name).toHaveLength(200);
      expect(long.body.name.endsWith('.pdf')).toBe(true);
    });

    it('refuses a file over the size limit with 413 before reading it', async () => {
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
      const res = await as(officer).upload(agreementId, 'big.pdf', 'application/pdf', big).expect(413);
      expect(res.body).toMatchObject({ code: 'AGREEMENT.DOCUMENT_TOO_LARGE', maxBytes: MAX_BYTES });
    });

    it('refuses types that are not allowed, and content that does not match its declared type, with 415', async () => {
      const gif = await as(officer).upload(agreementId, 'a.gif', 'image/gif', Buffer.from('GIF89a')).expect(415);
      expect(gif.body).toMatchObject({ code: 'AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED', declared: 'image/gif' });
      expect(gif.body.allowed).toContain('application/pdf');
      const json = await as(officer).upload(agreementId, 'a.json', 'application/json', '{"a":1}').expect(415);
      expect(json.body.code).toBe('AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED');
      const exe = await as(officer).upload(agreementId, 'invoice.pdf', 'application/pdf', EXECUTABLE).expect(415);
      expect(exe.body).toMatchObject({ code: 'AGREEMENT.DOCUMENT_CONTENT_MISMATCH', declared: 'application/pdf' });
      const png = await as(officer).upload(agreementId, 'photo.jpg', 'image/jpeg', PNG).expect(415);
      expect(png.body.code).toBe('AGREEMENT.DOCUMENT_CONTENT_MISMATCH');
      const zip = await as(officer)
        .upload(agreementId, 'x.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('PK\u0003\u0004payload.exe'))
        .expect(415);
      expect(zip.body.code).toBe('AGREEMENT.DOCUMENT_CONTENT_MISMATCH');
      const latin1 = await as(officer).upload(agreementId, 'notes.txt', 'text/plain', Buffer.from([0x63, 0x61, 0x66, 0xe9])).expect(415);
      expect(latin1.body.code).toBe('AGREEMENT.DOCUMENT_CONTENT_MISMATCH');
      const empty = await as(officer).upload(agreementId, 'empty.pdf', 'application/pdf', Buffer.alloc(0)).expect(400);
      expect(empty.body.code).toBe('AGREEMENT.DOCUMENT_EMPTY');
      const listed = await as(viewer).get(`/api/v1/agreements/${agreementId}/documents`).expect(200);
      expect(listed.body.map((d: { name: string }) => d.name)).not.toContain('invoice.pdf');
    });

    it('accepts UTF-8 text, PNG and Office files whose bytes match', async () => {
      const text = Buffer.from('Minutes of the review meeting — agreed to renew.\r\n', 'utf8');
      const txt = await as(officer).upload(agreementId, 'minutes', 'text/plain; charset=utf-8', text).expect(201);
      expect(txt.body).toMatchObject({ name: 'minutes.txt', mediaType: 'text/plain', sizeBytes: text.length });
      const back = await as(viewer).get(txt.body.downloadPath).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(back.body as Buffer, text)).toBe(0);
      expect(back.headers['content-type']).toBe('text/plain; charset=utf-8');
      await as(officer).upload(agreementId, 'logo.png', 'image/png', PNG).expect(201);
      const docx = Buffer.from('PK\u0003\u0004....[Content_Types].xml....word/document.xml', 'latin1');
      const office = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const uploaded = await as(officer).upload(agreementId, 'terms.docx', office, docx).expect(201);
      expect(uploaded.body.mediaType).toBe(office);
    });

    it('only writers upload; an anonymous upload is refused before its body is read', async () => {
      await as(viewer).upload(agreementId, 'a.pdf', 'application/pdf', tinyPdf()).expect(403);
      const anonymous = await app.http().post(`/api/v1/agreements/${agreementId}/documents?fileName=a.pdf`).set('content-type', 'application/pdf').send(tinyPdf()).expect(401);
      expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
      const unknown = await as(officer).upload('00000000-0000-4000-8000-000000000000', 'a.pdf', 'application/pdf', tinyPdf()).expect(404);
      expect(unknown.body.code).toBe('AGREEMENT.NOT_FOUND');
      await as(officer).upload(agreementId, '', 'application/pdf', tinyPdf()).expect(400);
    });

    it('a binary document type is still refused on any other route', async () => {
      const res = await app
        .http()
        .post('/api/v1/partners')
        .set('authorization', `Bearer ${officer}`)
        .set('content-type', 'application/pdf')
        .send(tinyPdf())
        .expect(415);
      expect(res.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    });

    it('links are documents too; downloading one says it is a link', async () => {
      const url = 'https://sharepoint.example.org/sites/partnerships/covenant.pdf';
      const link = await as(officer).post(`/api/v1/agreements/${agreementId}/document-links`, { title: 'Covenant (SharePoint)', url }).expect(201);
      expect(link.body).toMatchObject({ kind: 'link', name: 'Covenant (SharePoint)', url, mediaType: null, downloadPath: null });
      const download = await as(viewer).get(`/api/v1/agreements/${agreementId}/documents/${link.body.id}/content`).expect(409);
      expect(download.body).toMatchObject({ code: 'AGREEMENT.DOCUMENT_IS_LINK', url });
      await as(officer).post(`/api/v1/agreements/${agreementId}/document-links`, { title: 'x', url: 'javascript:alert(1)' }).expect(400);
    });

    it('writers delete a document for good; the audit trail keeps its name and checksum', async () => {
      const uploaded = await as(officer).upload(agreementId, 'withdrawn.pdf', 'application/pdf', tinyPdf()).expect(201);
      const url = `/api/v1/agreements/${agreementId}/documents/${uploaded.body.id}`;
      await app.http().delete(url).set('authorization', `Bearer ${viewer}`).expect(403);
      await app.http().delete(url).set('authorization', `Bearer ${officer}`).expect(204);
      await as(viewer).get(`${url}/content`).expect(404);
      await app.http().delete(url).set('authorization', `Bearer ${officer}`).expect(404);
      const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM agreement_document_contents WHERE document_id = $1', [uploaded.body.id]);
      expect(count).toBe(0);
      const trail = await as(viewer).get(`/api/v1/agreements/${agreementId}/audit`).expect(200);
      expect(trail.body[0]).toMatchObject({
        action: 'document-removed',
        changes: { document: { before: { name: 'withdrawn.pdf', sha256: uploaded.body.sha256 }, after: null } },
      });
    });
  });

  describe('commitment register', () => {
    it('shows every commitment a partner holds, grouped by kind, with renewal and review dates', async () => {
      const [holder, other] = [await partner(), await partner()];
      const covenant = await agreement([holder.id], {
        kind: 'standing-commitment',
        title: 'Living Wage',
        status: 'active',
        endDate: daysFromToday(100),
        renewalNoticeDays: 90,
        reviewDate: daysFromToday(50),
      });
      const mou = await agreement([holder.id, other.id], { kind: 'memorandum-of-understanding', title: 'Skills MoU' });
      const ended = await agreement([holder.id], { kind: 'contract', title: 'Old contract' });
      await transition(ended.id, 'terminated').expect(200);
      await agreement([other.id], { title: 'Not theirs' });

      const register = await as(viewer).get(`/api/v1/partners/${holder.id}/commitments`).expect(200);
      expect(register.body).toMatchObject({ partner: { id: holder.id, name: holder.name }, asOf: today, pledges: [] });
      expect(register.body.agreements).toEqual([
        {
          kind: { code: 'memorandum-of-understanding', label: 'Memorandum of understanding' },
          agreements: [expect.objectContaining({ id: mou.id, status: 'draft', otherParties: [{ id: other.id, name: other.name }] })],
        },
        {
          kind: expect.objectContaining({ code: 'standing-commitment' }),
          agreements: [
            expect.objectContaining({
              id: covenant.id,
              effectiveStatus: 'active',
              endDate: daysFromToday(100),
              nextRenewalNoticeDate: daysFromToday(10),
              reviewDate: daysFromToday(50),
              otherParties: [],
            }),
          ],
        },
      ]);
      const all = await as(viewer).get(`/api/v1/partners/${holder.id}/commitments?includeEnded=true`).expect(200);
      expect(all.body.agreements.map((g: { kind: { code: string } }) => g.kind.code)).toEqual([
        'memorandum-of-understanding',
        'contract',
        'standing-commitment',
      ]);
      await as(viewer).get('/api/v1/partners/00000000-0000-4000-8000-000000000000/commitments').expect(404);
    });
  });

  describe('partner merge', () => {
    it('moves the duplicate\'s agreements to the survivor, once even where both were parties', async () => {
      const [survivor, duplicate, third] = [await partner(), await partner(), await partner()];
      const shared = await agreement([survivor.id, duplicate.id, third.id], { title: 'Shared' });
      const own = await agreement([duplicate.id], { title: 'Duplicate only' });
      const merged = await as(admin).post(`/api/v1/partners/${survivor.id}/merge`, { duplicateId: duplicate.id }).expect(200);
      expect(merged.body.id).toBe(survivor.id);
      const sharedNow = await as(viewer).get(`/api/v1/agreements/${shared.id}`).expect(200);
      expect(sharedNow.body.parties.map((p: { id: string }) => p.id).sort()).toEqual([survivor.id, third.id].sort());
      const ownNow = await as(viewer).get(`/api/v1/agreements/${own.id}`).expect(200);
      expect(ownNow.body.parties.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
      const register = await as(viewer).get(`/api/v1/partners/${survivor.id}/commitments`).expect(200);
      const held = register.body.agreements.flatMap((g: { agreements: { id: string }[] }) => g.agreements.map((a) => a.id));
      expect(held.sort()).toEqual([shared.id, own.id].sort());
      const trail = await as(viewer).get(`/api/v1/partners/${survivor.id}/audit`).expect(200);
      expect(trail.body[0].changes.mergedFrom.after.moved).toMatchObject({ agreement_parties: 1 });
      const emptied = await as(viewer).get(`/api/v1/partners/${duplicate.id}/commitments`).expect(200);
      expect(emptied.body.agreements).toEqual([]);
    });
  });
});
