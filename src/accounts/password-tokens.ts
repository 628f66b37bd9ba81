import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Transaction } from '../database/transaction.js';
import { PasswordToken, type PasswordTokenPurpose } from './password-token.entity.js';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface IssuedPasswordToken {
  /** The raw token: it goes into the mail and nowhere else. */
  token: string;
  expiresAt: Date;
}

/** The password_tokens table: issue (superseding older ones), find a live one, spend it. */
@Injectable()
export class PasswordTokens {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  ttlSeconds(purpose: PasswordTokenPurpose): number {
    return purpose === 'invitation' ? this.config.auth.invitationTtlSeconds : this.config.auth.passwordResetTtlSeconds;
  }

  async issue(tx: Transaction, userId: string, purpose: PasswordTokenPurpose): Promise<IssuedPasswordToken> {
    await tx.manager.update(PasswordToken, { userId, purpose, usedAt: IsNull(), supersededAt: IsNull() }, { supersededAt: new Date() });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlSeconds(purpose) * 1000);
    await tx.manager.insert(PasswordToken, { userId, purpose, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** The unused, unsuperseded, unexpired token of this purpose, locked when `lock` (inside a transaction). */
  findLive(manager: EntityManager, token: string, purpose: PasswordTokenPurpose, lock = false): Promise<PasswordToken | null> {
    return manager.findOne(PasswordToken, {
      where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), supersededAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Spends `usedId` and retires every other live token of the user: a password was just set. */
  async spend(tx: Transaction, userId: string, usedId?: string): Promise<void> {
    const now = new Date();
    if (usedId) await tx.manager.update(PasswordToken, { id: usedId }, { usedAt: now });
    await tx.manager.update(PasswordToken, { userId, usedAt: IsNull(), supersededAt: IsNull() }, { supersededAt: now });
  }
}

/** "7 days", "1 hour", "30 minutes": how long a link lasts, for the mail. */
export function describeDuration(seconds: number): string {
  const units: [number, string][] = [[86400, 'day'], [3600, 'hour'], [60, 'minute']];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
