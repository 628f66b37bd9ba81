import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as pause } from 'node:timers/promises';
import type { QueryRunner } from 'typeorm';
import { capturedLogs, startTestApp, type TestApp } from '../support/test-app.js';

/** How often the database is asked whether a statement is still there (a poll interval, not a deadline). */
const POLL_MS = 20;

/**
 * The staff app searches as you type and abandons the request of every superseded keystroke; the list and count
 * statements behind an abandoned request are cancelled in the database rather than left to run on, so the last
 * keystroke's search does not queue behind the ones before it. A lock on `partners` holds each statement in place
 * for as long as the test needs: only a cancel (or the lock's release) ends it.
 */
describe('a partner search the client has abandoned', () => {
  let app: TestApp;
  let port: number;
  let token: string;
  let blocker: QueryRunner;

  beforeAll(async () => {
    app = await startTestApp();
    await app.api.listen({ port: 0, host: '127.0.0.1' });
    port = (app.api.getHttpServer().address() as AddressInfo).port;
    token = await app.tokenFor('officer');
  });

  afterAll(async () => {
    await app.close();
  });

  /** Statements starting with `start` waiting for the lock on partners (the activity view keeps a statement's start). */
  async function waiting(start: string): Promise<number> {
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND starts_with(query, $1)`,
      [start],
    );
    return row.n;
  }

  async function until(condition: () => Promise<boolean>): Promise<void> {
    while (!(await condition())) await pause(POLL_MS);
  }

  async function lockPartners(): Promise<void> {
    blocker = app.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE partners IN ACCESS EXCLUSIVE MODE');
  }

  async function unlockPartners(): Promise<void> {
    await blocker.rollbackTransaction();
    await blocker.release();
  }

  function get(path: string): { request: ClientRequest; response: Promise<IncomingMessage | 'abandoned'> } {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } });
    const response = new Promise<IncomingMessage | 'abandoned'>((resolve, reject) => {
      request.on('response', resolve);
      request.on('error', (error: NodeJS.ErrnoException) => (request.destroyed ? resolve('abandoned') : reject(error)));
    });
    request.end();
    return { request, response };
  }

  it.each([
    ['the page of partners', '/api/v1/partners?q=abandoned%20search', 'SELECT p.id, p.name'],
    ['the count', '/api/v1/partners/count?q=abandoned%20search', 'SELECT count(*)::int AS n FROM'],
  ])('has %s cancelled in the database, and the next search answers', async (_, path, statement) => {
    await lockPartners();
    try {
      const abandoned = get(path);
      await until(async () => (await waiting(statement)) === 1);
      abandoned.request.destroy();
      await expect(abandoned.response).resolves.toBe('abandoned');
      // Before, the statement waited on until the lock went: a search nobody would see, holding a connection.
      await until(async () => (await waiting(statement)) === 0);
      // A search still waited for gives nothing up: it answers once the lock is gone.
      const waitedFor = get(path);
      await until(async () => (await waiting(statement)) === 1);
      await unlockPartners();
      const answer = await waitedFor.response;
      expect(answer === 'abandoned' ? answer : answer.statusCode).toBe(200);
    } finally {
      if (blocker.isTransactionActive) await unlockPartners();
    }
    const next = await app.http().get(path).set('authorization', `Bearer ${token}`);
    expect(next.status).toBe(200);
  });

  it('is not reported as an error', () => {
    expect(capturedLogs.join('')).not.toMatch(/unhandled error|canceling statement/);
  });
});
