import { afterAll, beforeAll, expect, it } from '@jest/globals';
import pg from 'pg';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { partnerBody } from '../support/factories.js';
import { editPartner } from '../support/partner-edits.js';
import { describeWithPgBouncer, OwnPgBouncer } from '../support/pgbouncer.js';
import { individualSignature, linkToken, nextClientIp } from '../support/pledges.js';
import { eventually } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface BouncerClient {
  database: string;
  application_name: string;
}

/**
 * Production's shape: the app's pool (API and worker) through PgBouncer in transaction mode, with three server
 * connections for its twenty clients, so a client's consecutive transactions run on whichever session is free;
 * the queue backend and the publication cache's LISTEN on DATABASE_DIRECT_URL.
 */
describeWithPgBouncer('through PgBouncer in transaction mode', () => {
  const directUrl = process.env.DATABASE_URL ?? '';
  const bouncer = new OwnPgBouncer(directUrl, 3);
  let app: TestApp;
  let admin: string;
  let direct: pg.Client;
  const auth = () => ({ authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    const pooledUrl = await bouncer.start();
    app = await startTestApp({
      worker: true,
      env: { DATABASE_URL: pooledUrl, DATABASE_DIRECT_URL: directUrl, DATABASE_POOL_SIZE: '10', TRUST_PROXY_HOPS: '1' },
    });
    admin = await app.tokenFor('admin');
    direct = new pg.Client({ connectionString: directUrl });
    await direct.connect();
  });
  afterAll(async () => {
    await direct?.end();
    await app?.close();
    await bouncer.stop();
    process.env.DATABASE_URL = directUrl;
    delete process.env.DATABASE_DIRECT_URL;
  });

  it('staff writes answer and are stored: 20 partners created and edited at once', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => app.http().post('/api/v1/partners').set(auth()).send(partnerBody({ name: `Bounced ${i} ${process.pid}` })).expect(201)),
    );
    const ids = created.map((res) => (res.body as { id: string }).id);
    await Promise.all(ids.map((id) => editPartner(app, admin, id, { description: 'Edited through PgBouncer' })));
    const { rows } = await direct.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM partners WHERE id = ANY($1::uuid[]) AND description = 'Edited through PgBouncer' AND version = 2`,
      [ids],
    );
    expect(rows[0].n).toBe(20);
  });

  it('a signature: the worker mails the verification link, and verifying it confirms the signature', async () => {
    const body = individualSignature();
    await app.http().post('/public/pledges/city-plan/signatures').set('x-forwarded-for', nextClientIp()).send(body).expect(202);
    const confirm = await app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Confirm your signature'));
    const token = linkToken(confirm, 'verify');
    await app.http().post(`/sign/verify/${token}`).type('form').send('').set('x-forwarded-for', nextClientIp()).expect(200);
    await app.mail.waitFor((m) => m.to.includes(String(body.email)) && m.subject.startsWith('Signature confirmed'));
  });

  it("a publish by the worker reaches the API's cache through its LISTEN on a direct connection", async () => {
    const listed = (
      await app.http().post('/api/v1/partners').set(auth())
        .send(partnerBody({ name: `Published through PgBouncer ${process.pid}`, status: 'active', publicListing: { consent: true, fields: ['name'] } }))
        .expect(201)
    ).body as { id: string };
    const before = (await app.http().get('/public/partners')).body as { version?: number };
    await app.api.get(JobProducer).enqueue('publishing.publish', {}, `publishing.publish-pgbouncer-${process.pid}`);
    const seen = await eventually(async () => {
      const res = await app.http().get('/public/partners');
      const page = res.body as { version?: number; partners?: { id: string }[] };
      return res.status === 200 && (page.version ?? 0) > (before.version ?? 0) && page.partners?.some((p) => p.id === listed.id) ? page : undefined;
    });
    expect(seen.partners?.map((p) => p.id)).toContain(listed.id);
  });

  it('sessions with state go direct, everything else through PgBouncer, with the statement timeout kept', async () => {
    const clients = await bouncer.admin<BouncerClient>('SHOW CLIENTS');
    const names = new Set(clients.filter((c) => c.database !== 'pgbouncer').map((c) => c.application_name));
    expect(names).toContain('partnership-crm');
    expect([...names].filter((n) => n !== 'partnership-crm')).toEqual([]);
    const { rows: sessions } = await direct.query<{ application_name: string; query: string }>(
      `SELECT application_name, query FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'partnership-crm-%'`,
    );
    expect(sessions).toEqual(expect.arrayContaining([
      expect.objectContaining({ application_name: 'partnership-crm-publication-listener', query: expect.stringMatching(/^LISTEN /) }),
      expect.objectContaining({ application_name: 'partnership-crm-queue' }),
    ]));
    const [{ total_xact_count: transactions }] = (await bouncer.admin<{ database: string; total_xact_count: string }>('SHOW STATS'))
      .filter((s) => s.database === new URL(directUrl).pathname.slice(1));
    expect(Number(transactions)).toBeGreaterThan(100);
    const [timeout] = await app.dataSource.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(timeout.statement_timeout).toBe('30s');
  });
});
