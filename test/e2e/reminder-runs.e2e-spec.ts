import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt, randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the record of reminder runs, for admins', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.tokenFor('admin');
  });
  afterAll(() => app.close());

  const staffId = async (): Promise<string> => {
    const email = `runs-${randomUUID().slice(0, 8)}@staff.test`;
    await app.tokenFor('officer', email);
    return (await app.dataSource.query('SELECT id FROM users WHERE email = $1', [email]))[0].id;
  };
  const mail = async (status: string): Promise<string> =>
    (await app.dataSource.query(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, status) VALUES ('reminder-digest', $1, 'Your reminders', 'b', $2) RETURNING id`,
      [`runs-${randomUUID().slice(0, 8)}@staff.test`, status],
    ))[0].id;

  it('shows each run with its digests, items and failures, newest first', async () => {
    // A day of its own, far ahead so it is the newest run in a database other files share.
    const runDate = `${2090 + randomInt(9)}-${String(1 + randomInt(12)).padStart(2, '0')}-${String(1 + randomInt(28)).padStart(2, '0')}`;
    await app.dataSource.query(`INSERT INTO reminder_runs (run_date, fanned_out_at, recipients) VALUES ($1, now(), 4)`, [runDate]);
    const [sent, failed, idle] = [await staffId(), await staffId(), await staffId()];
    await app.dataSource.query(
      `INSERT INTO reminder_digests (run_date, user_id, outbox_id, item_count) VALUES ($1, $2, $3, 3), ($1, $4, $5, 2), ($1, $6, NULL, 0)`,
      [runDate, sent, await mail('sent'), failed, await mail('failed'), idle],
    );

    const res = await app.http().get('/api/v1/admin/reminder-runs?limit=100').set('authorization', `Bearer ${admin}`).expect(200);
    expect(res.body).toMatchObject({ cron: '0 7 * * *', timeZone: expect.any(String) });
    const run = res.body.runs.find((r: { runDate: string }) => r.runDate === runDate);
    expect(run).toEqual({
      runDate,
      startedAt: expect.any(String),
      fannedOutAt: expect.any(String),
      recipients: 4,
      digests: 2,
      nothingDue: 1,
      items: 5,
      notDone: 1,
      mailFailed: 1,
    });
    const dates = res.body.runs.map((r: { runDate: string }) => r.runDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const bad = await app.http().get('/api/v1/admin/reminder-runs?limit=0').set('authorization', `Bearer ${admin}`).expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });
});
