import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Usage {
  code: string;
  records: number;
}

describe('reference data administration', () => {
  let app: TestApp;
  let admin: string;
  let officer: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    [admin, officer] = await Promise.all([app.tokenFor('admin'), app.tokenFor('officer')]);
  });
  afterAll(() => app.close());

  const usageOf = async (category: string, code: string): Promise<number> => {
    const res = await app.http().get(`/api/v1/reference-data/${category}/usage`).set(auth(admin)).expect(200);
    return (res.body as Usage[]).find((u) => u.code === code)?.records ?? -1;
  };

  it('counts the records using each entry, retired ones included, and a new entry uses none', async () => {
    const code = `usage-${randomUUID().slice(0, 8)}`;
    await app.http().post('/api/v1/reference-data/theme').set(auth(admin)).send({ code, label: `Usage ${code}` }).expect(201);
    expect(await usageOf('theme', code)).toBe(0);
    const area = await usageOf('area', 'halton');
    const kind = await usageOf('organisation-kind', 'charity');
    await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ area: 'halton', themes: [code] })).expect(201);
    await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ area: 'halton' })).expect(201);
    expect(await usageOf('area', 'halton')).toBe(area + 2);
    expect(await usageOf('organisation-kind', 'charity')).toBe(kind + 2);
    expect(await usageOf('theme', code)).toBe(1);
    await app.http().patch(`/api/v1/reference-data/theme/${code}`).set(auth(admin)).send({ retired: true }).expect(200);
    expect(await usageOf('theme', code)).toBe(1);
    await app.http().get('/api/v1/reference-data/theme/usage').set(auth(officer)).expect(403);
  });

  it('puts a whole list in a new order, audited; an order that leaves out or repeats an entry is refused and changes nothing', async () => {
    const list = async (): Promise<string[]> =>
      ((await app.http().get('/api/v1/reference-data/promise?includeRetired=true').set(auth(admin)).expect(200)).body as { code: string }[]).map((e) => e.code);
    const before = await list();
    const reversed = [...before].reverse();
    const res = await app.http().put('/api/v1/reference-data/promise/order').set(auth(admin)).send({ codes: reversed }).expect(200);
    expect(res.body.map((e: { code: string; sortOrder: number }) => [e.code, e.sortOrder])).toEqual(reversed.map((code, i) => [code, (i + 1) * 10]));
    expect(await list()).toEqual(reversed);
    const audits = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries a JOIN reference_entries r ON r.id = a.entity_id WHERE a.entity_type = 'reference-entry' AND r.category = 'promise'`,
    );
    expect(audits[0].n).toBeGreaterThanOrEqual(before.length - 1);

    const missing = await app.http().put('/api/v1/reference-data/promise/order').set(auth(admin)).send({ codes: before.slice(1) }).expect(400);
    expect(missing.body).toMatchObject({ code: 'REFERENCE.ORDER_MISMATCH', missing: [before[0]] });
    const repeated = await app.http().put('/api/v1/reference-data/promise/order').set(auth(admin)).send({ codes: [...before, before[0]] }).expect(400);
    expect(repeated.body).toMatchObject({ code: 'REFERENCE.ORDER_MISMATCH', repeated: [before[0]] });
    const bad = await app.http().put('/api/v1/reference-data/promise/order').set(auth(admin)).send({ codes: ['Not A Code'] }).expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(await list()).toEqual(reversed);
    await app.http().put('/api/v1/reference-data/promise/order').set(auth(admin)).send({ codes: before }).expect(200);
  });
});
