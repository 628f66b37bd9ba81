import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { SignatureTokenPurpose } from './signature-token.entity.js';

/** Addresses of the hosted pages a signer's links open, on PUBLIC_BASE_URL, and dates as signers read them. */
@Injectable()
export class SignatureLinks {
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: config.timeZone });
    this.timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'long', timeZone: config.timeZone });
  }

  url(purpose: SignatureTokenPurpose, token: string): string {
    return `${this.config.http.publicBaseUrl}/sign/${purpose}/${token}`;
  }

  formatDate(date: Date): string {
    return this.dateFormat.format(date);
  }

  formatTime(date: Date): string {
    return this.timeFormat.format(date);
  }
}
