import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { User } from '../users/user.entity.js';
import { AccessTokenCodec } from './access-token.codec.js';
import { InvalidRefreshTokenError, RefreshTokenReusedError } from './auth.errors.js';
import { RefreshToken } from './refresh-token.entity.js';
import { UserSession, type SessionClient, type SessionEndReason } from './user-session.entity.js';

/**
 * A refresh token presented again within this many seconds of its rotation is taken for a race (two
 * tabs reloading at once, a retried request), not a theft: it gets a second successor instead of
 * ending the session. Later replays end it.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 10;

/** What signing in or refreshing hands out. */
export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  sessionId: string;
  user: User;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Sessions, their short-lived access JWTs (carrying the session id) and rotating, single-use refresh
 * tokens (stored hashed). Ending a session revokes its refresh tokens and refuses its access tokens.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly codec: AccessTokenCodec,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session for a user who has just proved who they are. */
  async startSession(user: User, client: SessionClient): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(manager.create(UserSession, { userId: user.id, client }));
      return this.issueIn(session, user, manager);
    });
  }

  /**
   * Rotates a refresh token of a session started by `client`. Presenting an already-rotated token (after
   * the grace period) ends the whole session.
   */
  async rotate(refreshToken: string, client: SessionClient): Promise<IssuedTokens> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= new Date()) return 'invalid' as const;
      const session = await manager.findOne(UserSession, { where: { id: current.sessionId } });
      if (!session || session.endedAt || session.client !== client) return 'invalid' as const;
      if (current.rotatedAt && current.rotatedAt.getTime() < Date.now() - REFRESH_REUSE_GRACE_SECONDS * 1000) {
        await this.end(manager, 'id = $1', [session.id, 'refresh-token-reused']);
        return 'reused' as const;
      }
      const user = await manager.findOne(User, { where: { id: session.userId } });
      if (!user?.isActive) return 'invalid' as const;
      if (!current.rotatedAt) await manager.update(RefreshToken, { id: current.id }, { rotatedAt: new Date() });
      return this.issueIn(session, user, manager);
    });
    if (outcome === 'invalid') throw new InvalidRefreshTokenError();
    if (outcome === 'reused') throw new RefreshTokenReusedError();
    return outcome;
  }

  /** Ends the refresh token's session. Unknown tokens are ignored: signing out is idempotent. */
  async endSessionOf(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, { where: { tokenHash: hashToken(refreshToken) } });
      if (token) await this.end(manager, 'id = $1', [token.sessionId, 'signed-out']);
    });
  }

  /** Ends every live session of a user but `keep` (the caller's own, when they change their password). */
  endSessionsOfUser(manager: EntityManager, userId: string, reason: SessionEndReason, keep?: string): Promise<string[]> {
    return this.end(manager, 'user_id = $1 AND id IS DISTINCT FROM $3', [userId, reason, keep ?? null]);
  }

  /** Ends sessions (not already ended) and revokes their refresh tokens; returns the ended sessions' ids. */
  private async end(manager: EntityManager, which: string, params: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH ended AS (
         UPDATE user_sessions SET ended_at = now(), end_reason = $2 WHERE ended_at IS NULL AND ${which} RETURNING id
       ), revoked AS (
         UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND session_id IN (SELECT id FROM ended)
       )
       SELECT id FROM ended`,
      params,
    );
    return rows.map((r) => r.id);
  }

  private async issueIn(session: UserSession, user: User, manager: EntityManager): Promise<IssuedTokens> {
    const { refreshTtlSeconds } = this.config.auth;
    const accessToken = this.codec.sign({ sub: user.id, sid: session.id, role: user.role });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + refreshTtlSeconds * 1000);
    await manager.insert(RefreshToken, { userId: user.id, sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt });
    return { accessToken, expiresIn: this.codec.ttlSeconds, refreshToken, refreshExpiresAt, sessionId: session.id, user };
  }
}
