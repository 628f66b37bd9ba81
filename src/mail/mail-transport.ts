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

/** Nodemailer over pooled SMTP with explicit timeouts. Only the mail worker uses it. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<string> {
    try {
      const info = await this.transport().sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
      });
      return String(info.messageId);
    } catch (error: unknown) {
      const code = (error as { responseCode?: number }).responseCode;
      const message = error instanceof Error ? error.message : 'unknown SMTP error';
      if (typeof code === 'number' && code >= 500) throw new PermanentMailError(`SMTP ${code}: ${message}`);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }

  private transport(): Transporter {
    this.transporter ??= nodemailer.createTransport({
      url: this.config.mail.smtpUrl,
      pool: true,
      maxConnections: 3,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      logger: false,
    } satisfies SMTPPool.Options & { url: string });
    return this.transporter;
  }
}
