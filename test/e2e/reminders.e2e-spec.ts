import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CaughtMail } from '../../src/devtools/mail-catcher.js';
import { OutboxService } from '../../src/mail/outbox.service.js';
import { JobProducer } from '../../src/queue/job-producer.service.js';
import { jobIds } from '../../src/queue/queue.contract.js';
import { ReminderDigestService } from '../../src/reminders/reminder-digest.service.js';
import { agreementBody, partnerBody } from '../support/factories.js';
import { eventually, QUEUE_BACKENDS } from '../support/queue-backends.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ZONE = 'Europe/London';
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

interface Staff {
  id: string;
  email: string;
  name: string;
}

/** Item lines of a digest's text part ("- label…"), and the record links it gives. */
const itemLines = (mail: CaughtMail): string[] => mail.text.split('\n').filter((line) => line.startsWith('- '));
const links = (mail: CaughtMail): string[] => [...mail.text.matchAll(/^ {2}(http\S+)$/gm)].map((m) => m[1]);
const partnerLink = (id: string): string => `http://crm.test/api/v1/partners/${id}`;

describe.each(QUEUE_BACKENDS.map(([name, env], index) => [name, env, index] as const))(
  'reminder digests on the %s queue backend',
  (backend, backendEnv, backendIndex) => {
    let app: TestApp;
    let officer: string;
    let admin: string;
    let today: string;
    let dates = 0;
    const leadId = randomUUID();
    /** Run dates are unique per run in the shared test database: each backend gets its own block of days. */
    const nextRunDate = (): string => addDays(today, 1 + backendIndex * 15 + dates++);

    const newStaff = async (label: string, id: string = randomUUID()): Promise<Staff> => {
      const email = `reminders-${backend}-${label}-${id.slice(0, 8)}@staff.test`;
      const name = `${label} ${id.slice(0, 4)}`;
      await app.dataSource.query(`INSERT INTO users (id, email, display_name, password_hash, role) VALUES ($1, $2, $3, 'x', 'officer')`, [id, email, name]);
      return { id, email, name };
    };

    const newPartner = async (ownerId: string | null, overrides: Record<string, unknown> = {}): Promise<string> =>
      (await app.http().post('/api/v1/partners').set(auth(officer)).send(partnerBody({ ownerId, ...overrides })).expect(201)).body.id;

    /** Sets a partner's dialogue due date to noon, `days` after the run date (negative: overdue), in the institution's zone. */
    const dueOn = async (partnerId: string, runDate: string, days: number): Promise<void> => {
      await app.dataSource.query(
        `UPDATE partners SET dialogue_due_at = (($2::date + $3::int)::timestamp + interval '12 hours') AT TIME ZONE $4 WHERE id = $1`,
        [partnerId, runDate, days, ZONE],
      );
    };

    const overduePartner = async (ownerId: string | null, runDate: string, days = 5): Promise<string> => {
      const id = await newPartner(ownerId);
      await dueOn(id, runDate, -days);
      return id;
    };

    const waitForJob = async (queueName: 'reminders', jobId: string): Promise<void> => {
      const queue = await app.api.get(JobProducer).queue(queueName);
      await eventually(async () => ((await queue.getJobState(jobId)) === 'completed' ? true : undefined));
    };

    /** Enqueues the planner for a chosen date (a controlled clock) and waits until every digest it fanned out is done. */
    const runPlanner = async (runDate: string, jobId = jobIds.reminderPlan(runDate)): Promise<void> => {
      await app.api.get(JobProducer).enqueue('reminders.plan-run', { runDate }, jobId);
      await waitForJob('reminders', jobId);
      await eventually(async () => {
        const [row] = await app.dataSource.query(
          `SELECT r.recipients, (SELECT count(*)::int FROM reminder_digests d WHERE d.run_date = r.run_date) AS done
             FROM reminder_runs r WHERE r.run_date = $1`,
          [runDate],
        );
        return row && row.done >= row.recipients ? true : undefined;
      });
    };

    const digestsTo = async (email: string): Promise<number> =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1 AND kind = 'reminder-digest'`, [email]))[0].n;

    /** The one digest a staff member got over SMTP (fails if there are more). */
    const theDigestOf = async (staff: Staff): Promise<CaughtMail> => {
      const mail = await app.mail.waitFor((m) => m.to.includes(staff.email));
      expect(await digestsTo(staff.email)).toBe(1);
      expect(app.mail.messages.filter((m) => m.to.includes(staff.email))).toHaveLength(1);
      return mail;
    };

    beforeAll(async () => {
      app = await startTestApp({ worker: true, env: { ...backendEnv, REMINDER_ESCALATION_USER_ID: leadId } });
      [officer, admin] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin')]);
      today = (await app.dataSource.query(`SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS d`, [ZONE]))[0].d;
    });
    afterAll(async () => {
      delete process.env.REMINDER_ESCALATION_USER_ID;
      await app.close();
    });

    it('each owner gets exactly one digest listing exactly their items, grouped and linked; a repeat the same day sends nothing', async () => {
      const runDate = nextRunDate();
      const nextDay = nextRunDate();
      const [ana, ben] = [await newStaff('ana'), await newStaff('ben')];
      const overdue = await overduePartner(ana.id, runDate);
      const dueSoon = await newPartner(ana.id);
      await dueOn(dueSoon, runDate, 3);
      const notYet = await newPartner(ana.id);
      await dueOn(notYet, runDate, 40);
      const snoozed = await overduePartner(ana.id, runDate);
      await app.http().post(`/api/v1/partners/${snoozed}/dialogue/snooze`).set(auth(officer)).send({ until: addDays(runDate, 7), reason: 'Restructuring' }).expect(200);
      const archived = await overduePartner(ana.id, runDate);
      await app.http().post(`/api/v1/partners/${archived}/archive`).set(auth(officer)).send({ reason: 'Closed down' }).expect(200);
      // Ben's partner is overdue from a meeting logged through the API: 40 days ago with a 30-day cadence.
      const logged = await newPartner(ben.id, { dialogueCadenceDays: 30 });
      const meeting = (
        await app
          .http()
          .post('/api/v1/meetings')
          .set(auth(officer))
          .send({
            occurredAt: new Date(Date.now() - 40 * DAY_MS).toISOString(),
            kind: 'meeting',
            title: 'Spring review',
            partnerIds: [logged, overdue],
            actions: [
              { description: 'Send the draft MoU', ownerId: ana.id, dueDate: addDays(runDate, -2) },
              { description: 'Book the venue', ownerId: ana.id, dueDate: addDays(runDate, 60) },
            ],
          })
          .expect(201)
      ).body;
      await dueOn(overdue, runDate, -5); // the meeting moved it; put it back

      await runPlanner(runDate);

      const anaMail = await theDigestOf(ana);
      expect(anaMail.subject).toBe(`Partnership reminders for ${runDate}: 3 items`);
      expect(itemLines(anaMail)).toHaveLength(3);
      expect(links(anaMail).sort()).toEqual([partnerLink(overdue), partnerLink(dueSoon), `http://crm.test/api/v1/meetings/${meeting.id}`].sort());
      expect(anaMail.text).toContain('Partners overdue for dialogue:');
      expect(anaMail.text).toContain('Partners due for dialogue within 14 days:');
      expect(anaMail.text).toContain('Your open actions:\n- Send the draft MoU (from the meeting "Spring review"): overdue by 2 days');
      expect(anaMail.html).toContain(`<a href="${partnerLink(dueSoon)}">`);
      const benMail = await theDigestOf(ben);
      expect(links(benMail)).toEqual([partnerLink(logged)]);

      // The same day again: a second planner (new job id) and duplicate digest jobs send nothing new.
      await runPlanner(runDate, `${jobIds.reminderPlan(runDate)}-again`);
      const again = `${jobIds.reminderDigest(runDate, ana.id)}-again`;
      await app.api.get(JobProducer).enqueue('reminders.send-digest', { runDate, userId: ana.id }, again);
      await waitForJob('reminders', again);
      // The next day: the same items are in the same cycle, so they are not reminded again.
      await runPlanner(nextDay);
      expect(await digestsTo(ana.email)).toBe(1);
      expect(await digestsTo(ben.email)).toBe(1);
    });

    it('a digest job run twice at once (two job ids for one owner and date) sends one digest', async () => {
      const runDate = nextRunDate();
      const cai = await newStaff('cai');
      const partners = [await overduePartner(cai.id, runDate), await overduePartner(cai.id, runDate, 9)];
      const producer = app.api.get(JobProducer);
      const ids = [jobIds.reminderDigest(runDate, cai.id), `${jobIds.reminderDigest(runDate, cai.id)}-duplicate`];
      await Promise.all(ids.map((id) => producer.enqueue('reminders.send-digest', { runDate, userId: cai.id }, id)));
      await Promise.all(ids.map((id) => waitForJob('reminders', id)));
      const mail = await theDigestOf(cai);
      expect(links(mail).sort()).toEqual(partners.map(partnerLink).sort());
    });

    it('two concurrent runs claim each item exactly once, so one digest lists it', async () => {
      const runDate = nextRunDate();
      const otherDate = nextRunDate();
      const dee = await newStaff('dee');
      await Promise.all([overduePartner(dee.id, runDate), overduePartner(dee.id, runDate, 2), overduePartner(dee.id, runDate, 20)]);
      const digests = app.worker?.get(ReminderDigestService);
      // Same owner and date twice, and another day's run racing them for the same items.
      const outcomes = await Promise.all([digests?.send(runDate, dee.id), digests?.send(runDate, dee.id), digests?.send(otherDate, dee.id)]);
      expect(outcomes.filter((o) => o?.status === 'sent')).toEqual([expect.objectContaining({ items: 3 })]);
      const [{ claims }] = await app.dataSource.query('SELECT count(*)::int AS claims FROM reminder_history WHERE user_id = $1', [dee.id]);
      expect(claims).toBe(3);
      expect(itemLines(await theDigestOf(dee))).toHaveLength(3);
    });

    it('a digest whose worker fails mid-run claims nothing, and its retry sends one digest', async () => {
      const runDate = nextRunDate();
      const eve = await newStaff('eve');
      const partners = [await overduePartner(eve.id, runDate), await overduePartner(eve.id, runDate, 3)];
      const outbox = app.worker?.get(OutboxService, { strict: false });
      if (!outbox) throw new Error('the test app has no worker');
      const add = jest.spyOn(outbox, 'add').mockRejectedValueOnce(new Error('worker died while writing the digest'));
      try {
        const jobId = jobIds.reminderDigest(runDate, eve.id);
        await app.api.get(JobProducer).enqueue('reminders.send-digest', { runDate, userId: eve.id }, jobId);
        await waitForJob('reminders', jobId);
        expect(add).toHaveBeenCalledTimes(2);
      } finally {
        add.mockRestore();
      }
      expect(links(await theDigestOf(eve)).sort()).toEqual(partners.map(partnerLink).sort());
      const [{ claims }] = await app.dataSource.query('SELECT count(*)::int AS claims FROM reminder_history WHERE user_id = $1', [eve.id]);
      expect(claims).toBe(2);
    });

    it('an owner whose only overdue partner is snoozed gets no digest', async () => {
      const runDate = nextRunDate();
      const fay = await newStaff('fay');
      const snoozed = await overduePartner(fay.id, runDate);
      await app.http().post(`/api/v1/partners/${snoozed}/dialogue/snooze`).set(auth(officer)).send({ until: runDate, reason: 'Waiting for their AGM' }).expect(200);
      await runPlanner(runDate);
      expect(await app.dataSource.query('SELECT 1 FROM reminder_digests WHERE user_id = $1', [fay.id])).toHaveLength(0);
      expect(await digestsTo(fay.email)).toBe(0);
    });

    it('items overdue beyond the threshold escalate to the team lead, naming their owner', async () => {
      const runDate = nextRunDate();
      // The configured lead (REMINDER_ESCALATION_USER_ID) joins only now, so earlier runs escalated to nobody.
      const lead = await newStaff('lead', leadId);
      const gus = await newStaff('gus');
      const late = await overduePartner(gus.id, runDate, 45);
      const recent = await overduePartner(gus.id, runDate, 10);
      const nobodys = await overduePartner(null, runDate, 60);
      const leadsOwn = await overduePartner(lead.id, runDate, 50);
      await runPlanner(runDate);

      const leadMail = await theDigestOf(lead);
      const escalated = leadMail.text.slice(leadMail.text.indexOf('Escalated:'));
      expect(leadMail.text).toContain('Escalated: other owners\' items overdue by more than 30 days:');
      expect(escalated).toContain(`owner: ${gus.name}): overdue by 45 days`);
      expect(escalated).toContain(partnerLink(late));
      expect(escalated).toContain(partnerLink(nobodys));
      expect(escalated).not.toContain(partnerLink(recent));
      expect(escalated).not.toContain(partnerLink(leadsOwn));
      expect(leadMail.text.slice(0, leadMail.text.indexOf('Escalated:'))).toContain(partnerLink(leadsOwn));
      const gusMail = await theDigestOf(gus);
      expect(links(gusMail).sort()).toEqual([partnerLink(late), partnerLink(recent)].sort());
    });

    it('agreement reviews and renewal notices are reminded at each offset before their date, once per offset', async () => {
      const runDate = nextRunDate();
      const nextDay = nextRunDate();
      const ivy = await newStaff('ivy');
      const party = await newPartner(ivy.id);
      await dueOn(party, runDate, 100); // keep the partner itself out of the digests
      const agreement = async (overrides: Record<string, unknown>): Promise<string> =>
        (await app.http().post('/api/v1/agreements').set(auth(officer)).send(agreementBody([party], { ownerId: ivy.id, status: 'active', ...overrides })).expect(201)).body.id;
      // Review in 31 days: the 60-day reminder today, the 30-day one tomorrow.
      const review = await agreement({ reviewDate: addDays(runDate, 31), endDate: addDays(runDate, 400) });
      // Ends in 10 days with 14 days' notice: the notice date passed 4 days ago (reminded once, on the day-0 offset).
      const renewal = await agreement({ endDate: addDays(runDate, 10), renewalNoticeDays: 14 });
      // Drafts and agreements whose dates are far off are not reminded.
      await agreement({ status: 'draft', reviewDate: addDays(runDate, 1) });
      await agreement({ reviewDate: addDays(runDate, 90) });
      const agreementLink = (id: string): string => `http://crm.test/api/v1/agreements/${id}`;

      await runPlanner(runDate);
      const first = await theDigestOf(ivy);
      expect(first.text).toContain('Agreement reviews and renewal notices:');
      expect(links(first).sort()).toEqual([agreementLink(review), agreementLink(renewal)].sort());
      expect(first.text).toContain(`(review): due in 31 days (${addDays(runDate, 31)})`);
      expect(first.text).toContain(`(renewal notice): overdue by 4 days (due ${addDays(runDate, -4)})`);

      await runPlanner(nextDay);
      await eventually(async () => ((await digestsTo(ivy.email)) === 2 ? true : undefined));
      const second = await app.mail.waitFor((m) => m.to.includes(ivy.email) && m.subject.includes(nextDay));
      expect(links(second)).toEqual([agreementLink(review)]);
      const [{ cycles }] = await app.dataSource.query(
        `SELECT array_agg(cycle ORDER BY cycle) AS cycles FROM reminder_history WHERE user_id = $1 AND item_type = 'agreement'`,
        [ivy.id],
      );
      expect(cycles).toEqual([`renewal-0-${addDays(runDate, -4)}`, `review-30-${addDays(runDate, 31)}`, `review-60-${addDays(runDate, 31)}`]);
    });

    it('paused staff get nothing; weekly staff only on their weekday', async () => {
      const dayBefore = nextRunDate();
      const weeklyDay = nextRunDate();
      const [daily, weekly, paused] = [await newStaff('daily'), await newStaff('weekly'), await newStaff('paused')];
      for (const staff of [daily, weekly, paused]) await overduePartner(staff.id, dayBefore);
      await app.http().put(`/api/v1/users/${weekly.id}/reminder-preferences`).set(auth(admin)).send({ frequency: 'weekly', weeklyDay: isoWeekday(weeklyDay) }).expect(200);
      await app.http().put(`/api/v1/users/${paused.id}/reminder-preferences`).set(auth(admin)).send({ frequency: 'paused' }).expect(200);

      await runPlanner(dayBefore);
      await theDigestOf(daily);
      expect(await digestsTo(weekly.email)).toBe(0);
      expect(await digestsTo(paused.email)).toBe(0);

      await runPlanner(weeklyDay);
      expect(itemLines(await theDigestOf(weekly))).toHaveLength(1);
      expect(await digestsTo(paused.email)).toBe(0);
      expect(await digestsTo(daily.email)).toBe(1);
    });

    it('digest jobs carry the run date and user id only', async () => {
      const runDate = nextRunDate();
      const hal = await newStaff('hal');
      await overduePartner(hal.id, runDate);
      await runPlanner(runDate);
      const queue = await app.api.get(JobProducer).queue('reminders');
      const job = await queue.getJob(jobIds.reminderDigest(runDate, hal.id));
      expect(job?.data).toEqual({ runDate, userId: hal.id });
      expect(JSON.stringify(job?.data)).not.toContain(hal.email);
      await theDigestOf(hal);
    });
  },
);

describe('reminder preferences API', () => {
  let app: TestApp;
  let officer: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    [officer, admin] = await Promise.all([app.tokenFor('officer'), app.tokenFor('admin')]);
  });
  afterAll(() => app.close());

  it('defaults to daily, and staff choose weekly (on a weekday) or pause', async () => {
    const path = '/api/v1/me/reminder-preferences';
    expect((await app.http().get(path).set(auth(officer)).expect(200)).body).toEqual({ frequency: 'daily', weeklyDay: 1, updatedAt: null });
    const weekly = await app.http().put(path).set(auth(officer)).send({ frequency: 'weekly', weeklyDay: 3 }).expect(200);
    expect(weekly.body).toMatchObject({ frequency: 'weekly', weeklyDay: 3, updatedAt: expect.any(String) });
    // Pausing keeps the weekday for when weekly digests resume.
    await app.http().put(path).set(auth(officer)).send({ frequency: 'paused' }).expect(200);
    expect((await app.http().get(path).set(auth(officer)).expect(200)).body).toMatchObject({ frequency: 'paused', weeklyDay: 3 });
  });

  it('refuses weekly without a weekday, unknown frequencies and extra fields', async () => {
    const path = '/api/v1/me/reminder-preferences';
    for (const body of [{ frequency: 'weekly' }, { frequency: 'hourly' }, { frequency: 'weekly', weeklyDay: 8 }, { frequency: 'daily', email: 'x' }]) {
      const res = await app.http().put(path).set(auth(officer)).send(body).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });

  it('admins set anyone\'s preferences; an unknown user is 404', async () => {
    const me = (await app.http().get('/api/v1/auth/me').set(auth(officer)).expect(200)).body.id;
    await app.http().put(`/api/v1/users/${me}/reminder-preferences`).set(auth(admin)).send({ frequency: 'daily' }).expect(200);
    expect((await app.http().get('/api/v1/me/reminder-preferences').set(auth(officer)).expect(200)).body.frequency).toBe('daily');
    const missing = await app.http().put(`/api/v1/users/${randomUUID()}/reminder-preferences`).set(auth(admin)).send({ frequency: 'paused' }).expect(404);
    expect(missing.body.code).toBe('USER.NOT_FOUND');
  });
});
