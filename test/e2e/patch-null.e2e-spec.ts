import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Schema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
}
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Path parameters filled with values that name nothing (a uuid, a code). */
const fillPath = (path: string): string => path.replace('{category}', 'area').replace(/\{[^}]+\}/g, (p) => (p === '{code}' ? 'no-such-code' : randomUUID()));

describe('bad input that used to reach the database: null in a PATCH, path numbers out of range', () => {
  let app: TestApp;
  let admin: string;
  let spec: OpenApi;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.tokenFor('admin');
    spec = (await app.http().get('/openapi.json').expect(200)).body as OpenApi;
  });
  afterAll(() => app.close());

  const auth = () => ({ authorization: `Bearer ${admin}` });
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? spec.components.schemas[schema.$ref.split('/').pop() as string] : schema;
  const allowsNull = (s: Schema): boolean => s.nullable === true || (Array.isArray(s.type) && s.type.includes('null'));

  it('every PATCH body refuses null with 400 for each field the document does not declare nullable', async () => {
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      const body = resolve(item.patch?.requestBody?.content?.['application/json']?.schema);
      if (!body) continue;
      for (const [field, schema] of Object.entries(body.properties ?? {})) {
        const res = await app.http().patch(fillPath(path)).set(auth()).set('if-match', '"0"').send({ [field]: null });
        checked.push(`${path} ${field}`);
        const refused = res.status === 400 && res.body.code === 'REQUEST.VALIDATION_FAILED' && JSON.stringify(res.body.errors).includes(field);
        // Nullable fields clear the value: any answer but a 500 (here the record does not exist).
        if (allowsNull(schema) || schema.type === 'object' ? res.status >= 500 : !refused) wrong.push(`${path} ${field}: ${res.status} ${res.body.code}`);
      }
    }
    expect(checked.length).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it('null for a user or reference-data field is 400 on a real record, which stays as it was', async () => {
    const users = (await app.http().get('/api/v1/users').set(auth()).expect(200)).body as { items?: { id: string }[] } | { id: string }[];
    const user = (Array.isArray(users) ? users : users.items ?? [])[0];
    for (const field of ['displayName', 'role', 'isActive']) {
      const res = await app.http().patch(`/api/v1/users/${user.id}`).set(auth()).send({ [field]: null });
      expect({ field, status: res.status, code: res.body.code }).toEqual({ field, status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    }
    const labelOf = async (): Promise<string> =>
      (await app.dataSource.query(`SELECT label FROM reference_entries WHERE category = 'area' AND code = 'sefton'`))[0].label;
    const before = await labelOf();
    for (const field of ['label', 'sortOrder', 'retired']) {
      const res = await app.http().patch('/api/v1/reference-data/area/sefton').set(auth()).send({ [field]: null });
      expect({ field, status: res.status, code: res.body.code }).toEqual({ field, status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    }
    expect(await labelOf()).toBe(before);
  });

  it('a number in the path out of range or not a whole number is 400 or 404, never 500', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries(spec.paths)) {
      const numeric = (item.get?.parameters ?? []).filter((p) => p.in === 'path' && ['number', 'integer'].includes(String(p.schema?.type)));
      for (const parameter of numeric) {
        for (const value of ['12345678901234567890', '2147483648', '-1', '1.5', '1e3', 'abc']) {
          const url = path.replace(`{${parameter.name}}`, value).replace(/\{[^}]+\}/g, randomUUID());
          const res = await app.http().get(url).set(auth());
          checked += 1;
          if (![400, 404].includes(res.status)) wrong.push(`${url}: ${res.status} ${res.body.code}`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
    expect(wrong).toEqual([]);
    const diff = await app.http().get('/api/v1/publications/12345678901234567890/diff').set(auth());
    expect(diff.status).toBe(400);
    expect(diff.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });
});
