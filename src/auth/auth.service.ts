import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { User } from '../users/user.entity.js';
import type { MeResponse, SessionResponse, TokenPairResponse } from './dto/auth.dto.js';
import type { Principal } from './principals/principal.js';
import { TokenService, type IssuedTokens } from './token.service.js';
import type { SessionClient } from './user-session.entity.js';

/** A browser session's answer plus the refresh token, which the controller puts in the cookie only. */
export interface BrowserSession {
  body: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  async login(user: User): Promise<TokenPairResponse> {
    return toTokenPair(await this.signIn(user, 'api'));
  }

  async refresh(refreshToken: string): Promise<TokenPairResponse> {
    return toTokenPair(await this.tokens.rotate(refreshToken, 'api'));
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.endSessionOf(refreshToken);
  }

  async startBrowserSession(user: User): Promise<BrowserSession> {
    return toBrowserSession(await this.signIn(user, 'browser'));
  }

  async refreshBrowserSession(refreshToken: string): Promise<BrowserSession> {
    return toBrowserSession(await this.tokens.rotate(refreshToken, 'browser'));
  }

  private async signIn(user: User, client: SessionClient): Promise<IssuedTokens> {
    await this.dataSource.manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
    return this.tokens.startSession(user, client);
  }
}

export function toMeResponse(principal: Pick<Principal, 'userId' | 'email' | 'displayName' | 'role'>): MeResponse {
  return { id: principal.userId, email: principal.email, displayName: principal.displayName, role: principal.role };
}

function toTokenPair(issued: IssuedTokens): TokenPairResponse {
  return {
    accessToken: issued.accessToken,
    tokenType: 'Bearer',
    expiresIn: issued.expiresIn,
    refreshToken: issued.refreshToken,
    refreshExpiresAt: issued.refreshExpiresAt.toISOString(),
  };
}

function toBrowserSession(issued: IssuedTokens): BrowserSession {
  const { user } = issued;
  return {
    body: {
      accessToken: issued.accessToken,
      tokenType: 'Bearer',
      expiresIn: issued.expiresIn,
      user: toMeResponse({ userId: user.id, email: user.email, displayName: user.displayName, role: user.role }),
    },
    refreshToken: issued.refreshToken,
    refreshExpiresAt: issued.refreshExpiresAt,
  };
}
