import type { Stack } from './stack.js';

/** What one scenario's requests got: the outbox rows committed (202) and everything else. */
export interface LoadResult {
  committed: string[];
  non2xx: number;
  slowestMs: number;
}

/**
 * Mail-writing requests (POST /api/v1/mail/test: an outbox row in a transaction, then an enqueue) from
 * `concurrency` clients (to the stack's first API unless `apiUrl` says another), until `stop()` or `total`
 * requests. A refused or failed request counts as non-2xx.
 */
export class Load {
  readonly result: LoadResult = { committed: [], non2xx: 0, slowestMs: 0 };
  private stopped = false;
  private running: Promise<void>[] = [];
  private sent = 0;

  constructor(
    private readonly stack: Stack,
    private readonly token: string,
    private readonly options: { concurrency: number; total?: number; pauseMs?: number; apiUrl?: string },
  ) {}

  start(): this {
    this.running = Array.from({ length: this.options.concurrency }, () => this.client());
    return this;
  }

  /** Resolves once all `total` requests have their answers. */
  async done(): Promise<LoadResult> {
    await Promise.all(this.running);
    return this.result;
  }

  /** Stops sending and resolves once every request in flight has its answer. */
  async stop(): Promise<LoadResult> {
    this.stopped = true;
    await Promise.all(this.running);
    return this.result;
  }

  private async client(): Promise<void> {
    while (!this.stopped && (this.options.total === undefined || this.sent < this.options.total)) {
      this.sent += 1;
      const started = Date.now();
      try {
        const res = await fetch(`${this.options.apiUrl ?? this.stack.apiUrl}/api/v1/mail/test`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` } });
        const body = (await res.json().catch(() => ({}))) as { outboxId?: string };
        if (res.status === 202 && body.outboxId) this.result.committed.push(body.outboxId);
        else this.result.non2xx += 1;
      } catch {
        this.result.non2xx += 1;
      }
      this.result.slowestMs = Math.max(this.result.slowestMs, Date.now() - started);
      if (this.options.pauseMs) await new Promise((resolve) => setTimeout(resolve, this.options.pauseMs));
    }
  }
}

/** Per-row delivery of a scenario's committed mail, as the SMTP server saw it (by Message-ID). */
export function delivery(stack: Stack, committed: string[]): { delivered: number; duplicates: number } {
  const wanted = new Set(committed.map((id) => `<${id}@partnership-crm>`));
  const seen = new Map<string, number>();
  for (const mail of stack.smtp.messages) {
    if (mail.messageId && wanted.has(mail.messageId)) seen.set(mail.messageId, (seen.get(mail.messageId) ?? 0) + 1);
  }
  const copies = [...seen.values()].reduce((a, b) => a + b, 0);
  return { delivered: seen.size, duplicates: copies - seen.size };
}

/** The committed mails (outbox ids) the SMTP server received more than once. */
export function duplicated(stack: Stack, committed: string[]): string[] {
  const copies = new Map<string, number>();
  for (const mail of stack.smtp.messages) if (mail.messageId) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
  return committed.filter((id) => (copies.get(`<${id}@partnership-crm>`) ?? 0) > 1);
}

/** Resolves once `done()` holds, polling (no deadline of its own: Jest's timeout is the hang guard). */
export async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let pause = 20; !(await done()); pause = Math.min(pause * 2, 250)) await new Promise((r) => setTimeout(r, pause));
}

export const seconds = (ms: number): number => Math.round(ms / 100) / 10;
