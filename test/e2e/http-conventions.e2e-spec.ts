import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { partnerBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const PROBLEM = /^application\/problem\+json/;

describe('HTTP conventions', () => {
  let app: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { CORS_ORIGINS: 'https://www.partners.example', BODY_LIMIT_BYTES: '2048' } });
    adminToken = await app.tokenFor('admin');
  });
  afterAll(() => app.close());

  it('an unknown route is a problem+json 404 with a code and the request id', async () => {
    const res = await app.http().get('/api/v1/no-such-thing').set('authorization', `Bearer ${adminToken}`).expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', instance: '/api/v1/no-such-thing' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('echoes a well-formed caller request id and replaces a malformed one', async () => {
    const given = await app.http().get('/health/live').set('x-request-id', 'trace-abc-12345').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-abc-12345');
    const bad = await app.http().get('/health/live').set('x-request-id', '<script>').expect(200);
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('malformed JSON is a 400 problem, not a 500', async () => {
    const res = await app
      .http()
      .post('/api/v1/auth/refresh')
      .set('content-type', 'application/json')
      .send('{"refreshToken": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.code).toBe('REQUEST.BAD_REQUEST');
  });

  it('a body over the size limit is a 413 problem', async () => {
    const res = await app.http().post('/api/v1/auth/refresh').send({ refreshToken: 'x'.repeat(5000) }).expect(413);
    expect(res.body.code).toBe('REQUEST.PAYLOAD_TOO_LARGE');
  });

  it('a field gets the one message that applies: required when absent, else the most basic rule it breaks', async () => {
    const post = (name: Record<string, unknown>) => {
      const rest = partnerBody();
      delete rest.name;
      return app.http().post('/api/v1/partners').set('authorization', `Bearer ${adminToken}`).send({ ...rest, ...name }).expect(400);
    };
    expect((await post({})).body.errors).toEqual([{ field: 'name', messages: ['name is required'] }]);
    expect((await post({ name: 42 })).body.errors).toEqual([{ field: 'name', messages: ['name must be a string'] }]);
    expect((await post({ name: '' })).body.errors).toEqual([{ field: 'name', messages: ['name must be longer than or equal to 1 characters'] }]);
    expect((await post({ name: 'x'.repeat(301) })).body.errors).toEqual([
      { field: 'name', messages: ['name must be shorter than or equal to 300 characters'] },
    ]);
  });

  it('unknown fields are rejected, not silently dropped', async () => {
    const res = await app
      .http()
      .post('/api/v1/users')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ email: 'x@partner.test', displayName: 'X', role: 'viewer', password: 'long-enough-password', isAdmin: true })
      .expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('a malformed id in the path is a 400 problem', async () => {
    const res = await app.http().get('/api/v1/users/not-a-uuid').set('authorization', `Bearer ${adminToken}`).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  });

  it('sends security headers and CORS only for configured origins', async () => {
    const allowed = await app.http().get('/health/live').set('origin', 'https://www.partners.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.partners.example');
    expect(allowed.headers['x-content-type-options']).toBe('nosniff');
    expect(allowed.headers['strict-transport-security']).toBeDefined();
    const other = await app.http().get('/health/live').set('origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reports readiness of the database and the queue backend', async () => {
    const res = await app.http().get('/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ready', database: { status: 'up' }, queue: { status: 'up' }, queueBackend: 'postgres' });
  });

  it('serves browsable API docs', async () => {
    const res = await app.http().get('/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('publishes an OpenAPI 3.1 document that passes a standard linter', async () => {
    const res = await app.http().get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(res.body));
    const lint = await run(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'lint', file, '--config', 'redocly.yaml'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: error.stderr, failed: true }));
    expect({ failed: 'failed' in lint, output: 'failed' in lint ? lint.stderr + lint.stdout : '' }).toEqual({ failed: false, output: '' });
  });

  it('documents every error response as problem+json', async () => {
    const spec = (await app.http().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const undocumented: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400 && Number(status) !== 503 && !response.content?.['application/problem+json']) {
            undocumented.push(`${method.toUpperCase()} ${path} ${status}`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
