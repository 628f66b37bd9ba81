import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderApiSchema } from '../../web/scripts/api-schema.mjs';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BUILD = new URL('../../web/dist/', import.meta.url);

async function rawGet(app: TestApp, path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const server = app.api.getHttpServer();
  if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the staff app served by the API at /app/', () => {
  let app: TestApp;
  let script: string;

  beforeAll(async () => {
    app = await startTestApp();
    // The entry script (lazily loaded route chunks sit beside it).
    script = readdirSync(new URL('assets/', BUILD)).find((f) => /^index-.*\.js$/.test(f)) ?? '';
  });
  afterAll(() => app.close());

  it('sends / to the app', async () => {
    const res = await app.http().get('/').expect(302);
    expect(res.headers.location).toBe('/app/');
  });

  it('answers any app path with index.html, revalidated on every load, under a CSP without inline scripts', async () => {
    for (const path of ['/app/', '/app/partners/7d0e2c4e-0000-4000-8000-000000000000', '/app/sign-in?redirect=%2F']) {
      const res = await app.http().get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.text).toContain('<div id="root"></div>');
      // Every script the page runs is a file from the build: no inline code for the CSP to refuse.
      expect(res.text.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    }
  });

  it('caches hashed assets for good and sends brotli when the browser accepts it', async () => {
    expect(script).toMatch(/^index-[\w-]{8,}\.js$/);
    const plain = await app.http().get(`/app/assets/${script}`).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toMatch(/javascript/);
    // supertest would decompress: read the bytes as they come over the wire.
    const br = await rawGet(app, `/app/assets/${script}`, { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.equals(readFileSync(new URL(`assets/${script}.br`, BUILD)))).toBe(true);
  });

  it('answers a missing asset with a 404 problem, never with the app page', async () => {
    const res = await app.http().get('/app/assets/index-missing0.js').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('WEB_APP.FILE_NOT_FOUND');
    await app.http().get('/app/../package.json').expect((r) => expect([302, 400, 404]).toContain(r.status));
  });

  it('tells the signed-in app the institution\'s time zone', async () => {
    const token = await app.tokenFor('viewer');
    const res = await app.http().get('/api/v1/app-settings').set('authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toEqual({ timeZone: 'Europe/London' });
  });

  it('has a generated API client that matches the API: web/src/api/schema.d.ts is not stale', async () => {
    const document = (await app.http().get('/openapi.json').expect(200)).body as object;
    const committed = readFileSync(new URL('../../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    // On failure: `npm run build` regenerates it; commit the result with the API change.
    expect(committed === (await renderApiSchema(document))).toBe(true);
  });

  it('types every DTO property in the document: none is an untyped object, so the client can be trusted', async () => {
    const document = (await app.http().get('/openapi.json').expect(200)).body as { components: { schemas: Record<string, OpenApiSchema> } };
    const untyped = Object.entries(document.components.schemas).flatMap(([name, schema]) => untypedProperties(name, schema));
    // A `string | null` property without `type: String, nullable: true` shows up here as `type: object`.
    expect(untyped).toEqual([]);
  });
});

interface OpenApiSchema {
  type?: string;
  $ref?: string;
  enum?: unknown[];
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: OpenApiSchema | boolean;
  items?: OpenApiSchema;
}

/** Paths of properties (array items included) that say nothing of their shape. */
function untypedProperties(path: string, schema: OpenApiSchema): string[] {
  const composed = schema.$ref !== undefined || schema.enum !== undefined || [schema.allOf, schema.oneOf, schema.anyOf].some((list) => list !== undefined);
  if (composed) return [];
  if (schema.type === undefined) return [path];
  if (schema.type === 'array') return schema.items ? untypedProperties(`${path}[]`, schema.items) : [`${path}[]`];
  if (schema.type !== 'object') return [];
  if (schema.properties) return Object.entries(schema.properties).flatMap(([name, property]) => untypedProperties(`${path}.${name}`, property));
  return schema.additionalProperties ? [] : [path];
}
