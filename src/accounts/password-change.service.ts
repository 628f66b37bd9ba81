import { Inject, Injectable } from '@nestjs/common';
import { TokenService } from '../auth/token.service.js';
import type { Principal } from '../auth/principals/principal.js';
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
import { CurrentPasswordWrongError } from './accounts.errors.js';
import type { ChangePasswordDto } from './dto/password-links.dto.js';
import { PasswordTokens } from './password-tokens.js';

/**
 * A signed-in user changes their own password: the current one is required (limited like sign-in
 * attempts, so a stolen session cannot guess it), every other session of theirs ends, and they are told by mail.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UsersService,
    private readonly tokens: PasswordTokens,
    private readonly sessions: TokenService,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async change(principal: Principal, dto: ChangePasswordDto): Promise<void> {
    const { loginMaxPerAccount, loginWindowSeconds } = this.config.auth;
    const verdict = await this.limiter.hit('password-change', principal.userId, loginMaxPerAccount, loginWindowSeconds);
    if (!verdict.allowed) throw new RateLimitedError('AUTH.PASSWORD_CHANGE_RATE_LIMITED', verdict.retryAfterSeconds);
    await this.transactions.run(async (tx) => {
      const user = await this.users.lockForCredentials(tx, principal.userId);
      if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) throw new CurrentPasswordWrongError();
      this.policy.check(dto.newPassword, 'newPassword');
      await this.users.setPasswordHash(tx, user.id, await this.hasher.hash(dto.newPassword));
      await this.tokens.spend(tx, user.id);
      await this.sessions.endSessionsOfUser(tx.manager, user.id, 'password-changed', principal.sessionId);
      // Tells the owner, in case it was not them (a session left open somewhere).
      const forgotUrl = `${this.config.http.publicBaseUrl}/app/forgot-password`;
      await this.outbox.add(tx, user.email, mailTemplates.passwordChanged({ displayName: user.displayName, forgotUrl }));
    });
  }
}
