import { randomUUID } from 'node:crypto';
import { JOB_SCHEDULES, QUEUE_NAMES } from '../../src/queue/queue.contract.js';
import { partnerBody } from '../support/factories.js';
import type { Stack } from './stack.js';

/** Helpers of the scenarios with several processes of a kind: what they read through the admin API and set up. */

interface QueueOverview {
  name: string;
  schedulers: { id: string; nextRunAt: string | null }[];
}
interface JobPage {
  items: { schedulerId: string | null }[];
}

export interface SchedulerCensus {
  /** How many schedulers each recurring job has (exactly once: 1). */
  schedulers: Record<string, number>;
  /** How many runs each scheduler has waiting for their time (one next run: 1). */
  pendingRuns: Record<string, number>;
  /** Schedulers whose next run is under a minute away: one of them may be running as it is counted. */
  dueSoon: string[];
}

async function adminGet<T>(stack: Stack, token: string, path: string): Promise<T> {
  const res = await fetch(`${stack.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Every recurring job's schedulers and pending (delayed) runs, as an operator sees them in the admin API. */
export async function schedulerCensus(stack: Stack, token: string): Promise<SchedulerCensus> {
  const census: SchedulerCensus = { schedulers: {}, pendingRuns: {}, dueSoon: [] };
  for (const schedule of JOB_SCHEDULES) census.schedulers[schedule.id] = 0;
  const overview = await adminGet<QueueOverview[]>(stack, token, '/api/v1/admin/queues');
  for (const queue of overview) {
    for (const s of queue.schedulers) {
      census.schedulers[s.id] = (census.schedulers[s.id] ?? 0) + 1;
      if (s.nextRunAt && Date.parse(s.nextRunAt) - Date.now() < 60_000) census.dueSoon.push(s.id);
    }
  }
  for (const name of QUEUE_NAMES) {
    const delayed = await adminGet<JobPage>(stack, token, `/api/v1/admin/queues/${name}/jobs?state=delayed&limit=100`);
    for (const job of delayed.items) {
      if (job.schedulerId) census.pendingRuns[job.schedulerId] = (census.pendingRuns[job.schedulerId] ?? 0) + 1;
    }
  }
  return census;
}

export interface Owner {
  id: string;
  email: string;
}

/**
 * `count` staff members, each owning one partner whose dialogue is 5 days overdue on `runDate`: each is due
 * exactly one digest for that run.
 */
export async function overdueOwners(stack: Stack, token: string, count: number, runDate: string): Promise<Owner[]> {
  const owners: Owner[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const email = `resilience-owner-${id.slice(0, 8)}@staff.test`;
    await stack.query(`INSERT INTO users (id, email, display_name, password_hash, role) VALUES ($1, $2, $3, 'x', 'officer')`, [id, email, `Owner ${i}`]);
    const res = await fetch(`${stack.apiUrl}/api/v1/partners`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(partnerBody({ ownerId: id })),
    });
    if (res.status !== 201) throw new Error(`partner: ${res.status} ${await res.text()}`);
    const { id: partnerId } = (await res.json()) as { id: string };
    await stack.query(
      `UPDATE partners SET dialogue_due_at = (($2::date - 5)::timestamp + interval '12 hours') AT TIME ZONE 'Europe/London' WHERE id = $1`,
      [partnerId, runDate],
    );
    owners.push({ id, email });
  }
  return owners;
}

/** A partner that consents to being listed, created through the API: the next publication lists it. */
export async function listedPartner(stack: Stack, token: string): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/api/v1/partners`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(partnerBody({ status: 'active', publicListing: { consent: true, fields: ['name'] } })),
  });
  if (res.status !== 201) throw new Error(`partner: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** The version an API instance serves at /public/partners, and whether it lists `partnerId`. */
export async function servedPublication(apiUrl: string, partnerId: string): Promise<{ version: number; lists: boolean }> {
  const res = await fetch(`${apiUrl}/public/partners`);
  if (res.status !== 200) return { version: 0, lists: false };
  const body = (await res.json()) as { version: number; partners: { id: string }[] };
  return { version: body.version, lists: body.partners.some((p) => p.id === partnerId) };
}
