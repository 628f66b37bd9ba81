import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { User } from '../users/user.entity.js';
import type { TokenPairResponse } from './dto/auth.dto.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  async login(user: AuthenticatedUser): Promise<TokenPairResponse> {
    await this.dataSource.manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
    return this.tokens.issue(user);
  }

  refresh(refreshToken: string): Promise<TokenPairResponse> {
    return this.tokens.rotate(refreshToken);
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeFamily(refreshToken);
  }
}
