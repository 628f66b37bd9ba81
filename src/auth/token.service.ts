import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../common/auth/roles.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { User } from '../users/user.entity.js';
import { InvalidRefreshTokenError, RefreshTokenReusedError } from './auth.errors.js';
import type { TokenPairResponse } from './dto/auth.dto.js';
import { RefreshToken } from './refresh-token.entity.js';

export const JWT_ISSUER = 'partnership-crm';
export const JWT_AUDIENCE = 'partnership-crm-staff';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Issues short-lived access JWTs and rotating, single-use refresh tokens (stored hashed). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: Pick<User, 'id' | 'role'>, manager: EntityManager = this.dataSource.manager): Promise<TokenPairResponse> {
    return this.issueInFamily(user, randomUUID(), manager);
  }

  /** Rotates a refresh token. Presenting an already-rotated token revokes its whole family. */
  async rotate(refreshToken: string): Promise<TokenPairResponse> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= new Date()) return 'invalid' as const;
      if (current.rotatedAt) {
        await manager.update(RefreshToken, { familyId: current.familyId }, { revokedAt: new Date() });
        return 'reused' as const;
      }
      const user = await manager.findOne(User, { where: { id: current.userId } });
      if (!user?.isActive) return 'invalid' as const;
      await manager.update(RefreshToken, { id: current.id }, { rotatedAt: new Date() });
      return this.issueInFamily(user, current.familyId, manager);
    });
    if (outcome === 'invalid') throw new InvalidRefreshTokenError();
    if (outcome === 'reused') throw new RefreshTokenReusedError();
    return outcome;
  }

  /** Signs out one login (the token's family). Unknown tokens are ignored: logout is idempotent. */
  async revokeFamily(refreshToken: string): Promise<void> {
    const token = await this.dataSource.manager.findOne(RefreshToken, { where: { tokenHash: hashToken(refreshToken) } });
    if (token) await this.dataSource.manager.update(RefreshToken, { familyId: token.familyId }, { revokedAt: new Date() });
  }

  private async issueInFamily(user: Pick<User, 'id' | 'role'>, familyId: string, manager: EntityManager): Promise<TokenPairResponse> {
    const { accessTtlSeconds, refreshTtlSeconds } = this.config.auth;
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: accessTtlSeconds, issuer: JWT_ISSUER, audience: JWT_AUDIENCE });
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + refreshTtlSeconds * 1000);
    await manager.insert(RefreshToken, { userId: user.id, familyId, tokenHash: hashToken(refreshToken), expiresAt });
    return { accessToken, tokenType: 'Bearer', expiresIn: accessTtlSeconds, refreshToken, refreshExpiresAt: expiresAt.toISOString() };
  }
}
