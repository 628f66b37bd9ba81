import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
}

const escape = (v: string): string => v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * A real SMTP server in-process that keeps what it receives: the dev mail catcher (with a small
 * web viewer) and the test suite's mailbox. Development and tests only.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private readonly smtp: SMTPServer;
  private viewer?: Server;
  private waiters: (() => void)[] = [];
  private smtpPortValue = 0;
  private failures: { responseCode: number; remaining: number; message: string } | null = null;
  private delayMs = 0;
  private hanging = false;

  constructor() {
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.hanging) {
          // Reads the message and never answers: the client waits until its own timeout.
          stream.resume();
          return;
        }
        if (this.failures && this.failures.remaining > 0) {
          this.failures.remaining -= 1;
          stream.resume();
          const error = Object.assign(new Error(this.failures.message), { responseCode: this.failures.responseCode });
          stream.on('end', () => callback(error));
          return;
        }
        // textAsHtml (the text part turned into linkified HTML) is never kept: building it cost more than the rest
        // of parsing, on the CPU the app under test shares in tests and benchmarks.
        simpleParser(stream, { skipTextToHtml: true, skipImageLinks: true })
          .then(async (parsed) => {
            if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
            this.messages.push({
              id: this.messages.length + 1,
              receivedAt: new Date().toISOString(),
              from: parsed.from?.text ?? '',
              to: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              messageId: parsed.messageId ?? null,
            });
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  get smtpPort(): number {
    return this.smtpPortValue;
  }

  async start(smtpPort = 0, host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.smtp.once('error', reject);
      this.smtp.listen(smtpPort, host, () => resolve());
    });
    this.smtpPortValue = (this.smtp.server.address() as AddressInfo).port;
    return this.smtpPortValue;
  }

  /** Serves the caught mails: `/` lists them, `/messages` as JSON, `/messages/:id` shows one. */
  async startViewer(port: number, host = '127.0.0.1'): Promise<number> {
    this.viewer = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/messages') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.messages));
        return;
      }
      const one = /^\/messages\/(\d+)$/.exec(url);
      if (one) {
        const mail = this.messages.find((m) => m.id === Number(one[1]));
        if (!mail) return void res.writeHead(404).end('not found');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(mail.html ?? `<pre>${escape(mail.text)}</pre>`);
        return;
      }
      const rows = [...this.messages].reverse().map(
        (m) => `<tr><td>${escape(m.receivedAt)}</td><td>${escape(m.to.join(', '))}</td>` +
          `<td><a href="/messages/${m.id}">${escape(m.subject)}</a></td></tr>`,
      );
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Mail catcher</title></head>` +
          `<body style="font-family:sans-serif"><h1>Caught mail (${this.messages.length})</h1>` +
          `<table border="1" cellpadding="4"><tr><th>Received</th><th>To</th><th>Subject</th></tr>${rows.join('')}</table></body></html>`,
      );
    });
    await new Promise<void>((resolve) => this.viewer?.listen(port, host, () => resolve()));
    return (this.viewer.address() as AddressInfo).port;
  }

  /**
   * Resolves with the first mail matching `predicate`, as soon as it arrives; with `timeoutMs`, refused if none
   * has arrived by then. (Tests give none: on a loaded machine a mail takes as long as it takes.)
   */
  async waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail> {
    const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('no matching mail arrived in time');
      await new Promise<void>((resolve) => {
        const timer = Number.isFinite(remaining) ? setTimeout(resolve, remaining) : undefined;
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Answers the next `count` messages with an SMTP error (4xx transient, 5xx permanent), saying `message`. */
  failNext(count: number, responseCode: number, message = 'simulated failure'): void {
    this.failures = { responseCode, remaining: count, message };
  }

  /** While on, takes each message and never answers it (a hung mail server); nothing is kept. */
  setHanging(on: boolean): void {
    this.hanging = on;
  }

  /** Holds each message this long before accepting it (a slow mail server). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.smtp.close(() => resolve()));
    await new Promise<void>((resolve) => (this.viewer ? this.viewer.close(() => resolve()) : resolve()));
  }
}
