import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { Response } from 'supertest';
import { individualSignature, nextClientIp } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { cloneDatabase, dropDatabase } from '../support/test-database.js';
import { runId, workerId } from '../support/test-run.js';

/**
 * A real outage: the API runs on a database of its own (cloned from the run's template); the test makes it
 * refuse connections (ALLOW_CONNECTIONS false, which binds superusers too) and terminates every backend
 * on it, as a stopped or restarting server would look to the pool. Then it lets connections in again.
 */
describe('PostgreSQL unreachable: clients get 503 with Retry-After, never 401 or 500', () => {
  let app: TestApp;
  let admin: pg.Client;
  let databaseUrl: string;
  let name: string;
  let token: string;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    const template = process.env.CRM_TEST_TEMPLATE_DATABASE_URL as string;
    name = `crm_test_${runId()}_w${workerId()}_outage`;
    databaseUrl = await cloneDatabase(template, name);
    admin = new pg.Client({ connectionString: template.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    app = await startTestApp({ env: { DATABASE_URL: databaseUrl, TRUST_PROXY_HOPS: '1' } });
    token = await app.tokenFor('officer');
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    await app.close();
    await admin.end();
    await dropDatabase(databaseUrl);
    process.env.DATABASE_URL = savedUrl;
  });

  const outage = async (): Promise<void> => {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  };
  const recover = () => admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
  const expectUnavailable = (res: Response): void => {
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('SERVICE.UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  };
  const bearer = () => ({ authorization: `Bearer ${token}` });
  const signJson = () => app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', nextClientIp()).send(individualSignature());

  it('signed-in staff, sign-in, the signing API and the hosted form all answer 503; all recover when it is back', async () => {
    await app.http().get('/api/v1/auth/me').set(bearer()).expect(200);
    await outage();
    try {
      // Several in a row: the first may meet a pooled connection that was just terminated, later ones a refused connect.
      for (let i = 0; i < 3; i += 1) {
        expectUnavailable(await app.http().get('/api/v1/auth/me').set(bearer()));
        expectUnavailable(await app.http().get('/api/v1/partners').set(bearer()));
      }
      expectUnavailable(await app.http().post('/api/v1/auth/login').send({ email: 'someone@staff.test', password: 'a-long-test-password' }));
      expectUnavailable(await signJson());
      const page = await app.http().post('/sign/city-plan').set('x-forwarded-for', nextClientIp()).type('form')
        .send(new URLSearchParams({ signerName: 'Pat', email: 'pat@home.test', textVersion: '' }).toString());
      expect(page.status).toBe(503);
      expect(page.text).toContain('data-error-code="SERVICE.UNAVAILABLE"');
      expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await recover();
    }
    await app.http().get('/api/v1/auth/me').set(bearer()).expect(200);
    expect((await signJson()).status).toBe(202);
  });
});
