import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service.js';
import { RateLimitedError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { OutboxService } from '../mail/outbox.service.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { PasswordPolicy } from '../users/password-policy.js';
import { UsersService } from '../users/users.service.js';
import { PasswordLinkInvalidError } from './accounts.errors.js';
import type { PasswordLinkResponse } from './dto/password-links.dto.js';
import type { PasswordTokenPurpose } from './password-token.entity.js';
import { describeDuration, PasswordTokens } from './password-tokens.js';

/**
 * The emailed links that set a password: an invitation's (first password) and a forgotten password's.
 * A reset request answers the same, after the same minimum time, whether or not the account exists.
 */
@Injectable()
export class PasswordLinksService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: PasswordTokens,
    private readonly sessions: TokenService,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async inspect(token: string, purpose: PasswordTokenPurpose): Promise<PasswordLinkResponse> {
    const row = await this.tokens.findLive(this.dataSource.manager, token, purpose);
    const user = row ? await this.users.get(row.userId) : null;
    if (!row || !user?.isActive) throw new PasswordLinkInvalidError(purpose);
    return { purpose, email: user.email, displayName: user.displayName, expiresAt: row.expiresAt.toISOString() };
  }

  /** Sets the password and spends the link; a reset also ends every session the user had. */
  async complete(token: string, purpose: PasswordTokenPurpose, password: string): Promise<void> {
    this.policy.check(password, 'password');
    await this.transactions.run(async (tx) => {
      const row = await this.tokens.findLive(tx.manager, token, purpose, true);
      if (!row) throw new PasswordLinkInvalidError(purpose);
      const user = await this.users.lockForCredentials(tx, row.userId);
      if (!user.isActive) throw new PasswordLinkInvalidError(purpose);
      await this.users.setPasswordHash(tx, user.id, await this.hasher.hash(password));
      await this.tokens.spend(tx, user.id, row.id);
      if (purpose === 'reset') {
        await this.sessions.endSessionsOfUser(tx.manager, user.id, 'password-reset');
        await this.outbox.add(tx, user.email, mailTemplates.passwordChanged({ displayName: user.displayName, forgotUrl: this.forgotUrl() }));
      }
    });
  }

  /** Mails a reset link if an active account has this email; otherwise does nothing, and says the same. */
  async requestReset(email: string, clientIp: string): Promise<void> {
    const startedAt = Date.now();
    const { passwordResetMaxPerIp, passwordResetMaxPerEmail, passwordResetWindowSeconds, passwordResetMinResponseMs } = this.config.auth;
    const verdicts = await Promise.all([
      this.limiter.hit('password-reset-ip', clientIp, passwordResetMaxPerIp, passwordResetWindowSeconds),
      this.limiter.hit('password-reset-email', email, passwordResetMaxPerEmail, passwordResetWindowSeconds),
    ]);
    const blocked = verdicts.filter((v) => !v.allowed);
    if (blocked.length > 0) {
      throw new RateLimitedError('AUTH.PASSWORD_RESET_RATE_LIMITED', Math.max(...blocked.map((v) => v.retryAfterSeconds)));
    }
    try {
      await this.mailResetLink(email);
    } finally {
      // Whether an account exists must not show in how long the answer takes.
      const remaining = passwordResetMinResponseMs - (Date.now() - startedAt);
      if (remaining > 0) await delay(remaining);
    }
  }

  private forgotUrl(): string {
    return `${this.config.http.publicBaseUrl}/app/forgot-password`;
  }

  private async mailResetLink(email: string): Promise<void> {
    const user = await this.users.findActiveByEmail(email);
    if (!user) return;
    await this.transactions.run(async (tx) => {
      const { token } = await this.tokens.issue(tx, user.id, 'reset');
      const link = `${this.config.http.publicBaseUrl}/app/reset-password#token=${token}`;
      const expiresIn = describeDuration(this.tokens.ttlSeconds('reset'));
      await this.outbox.add(tx, user.email, mailTemplates.passwordReset({ displayName: user.displayName, link, expiresIn }));
    });
  }
}
