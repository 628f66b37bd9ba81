import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CaughtMail, MailCatcher } from '../../src/devtools/mail-catcher.js';
import { mailTemplates } from '../../src/mail/mail-templates.js';
import { MailTransport } from '../../src/mail/mail-transport.js';
import type { Benchmark, BenchmarkContext, Measurement } from './benchmark.js';
import { summarise } from './latency.js';
import { keepAliveAgent, runConcurrently, sendExpecting } from './load.js';

const MAILS = 200;
const WARMUP_MAILS = 10;
/** Requests (or inline sends) in flight at once, on both sides. */
const CONCURRENCY = 8;
const ARRIVAL_TIMEOUT_MS = 60_000;
const SENT_STATUS_TIMEOUT_MS = 15_000;

export const benchmark: Benchmark = {
  name: 'outbox-mail',
  description:
    `${MAILS} mails from POST /api/v1/mail/test (outbox row + job, worker sends) until each arrives at the SMTP catcher, ` +
    'vs the same number sent inline with nodemailer (the product transport settings) to the same catcher',
  run: async (context) => {
    const token = await context.tokenFor('admin');
    await sendInline(context, WARMUP_MAILS);
    await sendThroughOutbox(context, token, WARMUP_MAILS);
    const baseline = await sendInline(context, MAILS);
    const subject = await sendThroughOutbox(context, token, MAILS);
    return {
      unit: 'mails/s',
      baseline,
      subject,
      settings: {
        mails: MAILS,
        concurrency: CONCURRENCY,
        workerConcurrency: context.config.queue.concurrency,
        queueBackend: context.config.queue.redisUrl ? 'redis' : 'postgres',
      },
    };
  },
};

/** The baseline: what sending from the request itself would cost, through the product's own transport. */
async function sendInline(context: BenchmarkContext, count: number): Promise<Measurement> {
  context.mail.clear();
  const transport = new MailTransport(context.config);
  const rendered = mailTemplates.testMessage({ requestedAt: new Date().toISOString() });
  const latencies: number[] = [];
  const started = performance.now();
  try {
    await runConcurrently(count, CONCURRENCY, async () => {
      const sentAt = performance.now();
      await transport.send({ ...rendered, to: 'inline@bench.test', messageId: `<inline-${randomUUID()}@partnership-crm>` });
      latencies.push(performance.now() - sentAt);
    });
    return summarise('nodemailer send, inline', latencies, performance.now() - started);
  } finally {
    transport.onApplicationShutdown();
  }
}

/** POSTs `count` test mails, then waits for each at the catcher; latency is POST sent → mail received. */
async function sendThroughOutbox(context: BenchmarkContext, token: string, count: number): Promise<Measurement> {
  context.mail.clear();
  const postedAt = await postTestMails(context, token, count);
  const arrivedAt = await waitForArrivals(context.mail, new Set(postedAt.keys()));
  await waitUntilSent(context, [...postedAt.keys()]);
  const latencies = [...postedAt].map(([id, sentAt]) => (arrivedAt.get(id) ?? Number.NaN) - sentAt);
  const elapsedMs = Math.max(...arrivedAt.values()) - Math.min(...postedAt.values());
  return summarise('POST /api/v1/mail/test → mail received', latencies, elapsedMs);
}

/** Returns, per outbox id, the wall-clock time its POST was sent (comparable with the catcher's receivedAt). */
async function postTestMails(context: BenchmarkContext, token: string, count: number): Promise<Map<string, number>> {
  const agent = keepAliveAgent(CONCURRENCY);
  const postedAt = new Map<string, number>();
  try {
    await runConcurrently(count, CONCURRENCY, async () => {
      const sentAt = Date.now();
      const response = await sendExpecting(agent, context.baseUrl, {
        method: 'POST',
        path: '/api/v1/mail/test',
        headers: { authorization: `Bearer ${token}` },
        expectStatus: 202,
      });
      postedAt.set((JSON.parse(response.body) as { outboxId: string }).outboxId, sentAt);
    });
  } finally {
    agent.destroy();
  }
  return postedAt;
}

/** The worker sets Message-ID `<outboxId@partnership-crm>`. */
function outboxIdOf(mail: CaughtMail): string | undefined {
  return /^<?([^@<>]+)@partnership-crm>?$/.exec(mail.messageId ?? '')?.[1];
}

async function waitForArrivals(catcher: MailCatcher, ids: ReadonlySet<string>): Promise<Map<string, number>> {
  const arrived = new Map<string, number>();
  const deadline = Date.now() + ARRIVAL_TIMEOUT_MS;
  const isNewOne = (mail: CaughtMail): boolean => {
    const id = outboxIdOf(mail);
    return id !== undefined && ids.has(id) && !arrived.has(id);
  };
  while (arrived.size < ids.size) {
    const mail = await catcher.waitFor(isNewOne, Math.max(1, deadline - Date.now())).catch(() => {
      throw new Error(`only ${arrived.size} of ${ids.size} outbox mails arrived within ${ARRIVAL_TIMEOUT_MS / 1000} s`);
    });
    arrived.set(outboxIdOf(mail) ?? '', Date.parse(mail.receivedAt));
  }
  return arrived;
}

/** Not timed: the rows must end `sent`, so nothing is left in flight for the next benchmark or shutdown. */
async function waitUntilSent(context: BenchmarkContext, ids: string[]): Promise<void> {
  const deadline = Date.now() + SENT_STATUS_TIMEOUT_MS;
  for (;;) {
    const [{ sent }]: { sent: number }[] = await context.dataSource.query(
      `SELECT count(*)::int AS sent FROM mail_outbox WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
      [ids],
    );
    if (sent === ids.length) return;
    if (Date.now() > deadline) throw new Error(`only ${sent} of ${ids.length} outbox rows reached status 'sent'`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
