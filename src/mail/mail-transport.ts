import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Stable id so a receiving server (or a human) can spot duplicates. */
  messageId: string;
}

/** Thrown for an SMTP answer that will not change on retry (5xx, bad address). */
export class PermanentMailError extends Error {}

/** A send that took longer than MAIL_SEND_TIMEOUT_MS: transient, retried. */
export class MailTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`SMTP send gave up after ${timeoutMs} ms`);
  }
}

/**
 * Nodemailer over pooled SMTP. Every stage (connect, greeting, each answer) and the whole send are
 * bounded by MAIL_SEND_TIMEOUT_MS, which the config keeps below the shutdown timeout. Only the mail worker uses it.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<string> {
    const timeoutMs = this.config.mail.sendTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new MailTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      const sending = this.transport().sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
      });
      // A send given up on may still finish later; its rejection must not go unhandled.
      sending.catch(() => undefined);
      const info = await Promise.race([sending, deadline]);
      return String(info.messageId);
    } catch (error: unknown) {
      const code = (error as { responseCode?: number }).responseCode;
      const message = error instanceof Error ? error.message : 'unknown SMTP error';
      if (typeof code === 'number' && code >= 500) throw new PermanentMailError(`SMTP ${code}: ${message}`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }

  private transport(): Transporter {
    const timeoutMs = this.config.mail.sendTimeoutMs;
    this.transporter ??= nodemailer.createTransport({
      url: this.config.mail.smtpUrl,
      pool: true,
      maxConnections: 3,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      logger: false,
    } satisfies SMTPPool.Options & { url: string });
    return this.transporter;
  }
}
