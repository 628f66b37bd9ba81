import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { Repository } from 'typeorm';
import { RateLimitedError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { User } from '../users/user.entity.js';
import { InvalidCredentialsError } from './auth.errors.js';

/** Email + password login, rate-limited per account and per IP before any password check. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: FastifyRequest, email: string, password: string): Promise<User> {
    const { loginMaxPerAccount, loginMaxPerIp, loginWindowSeconds } = this.config.auth;
    const normalised = email.trim().toLowerCase();
    const [byIp, byAccount] = await Promise.all([
      this.limiter.hit('login-ip', request.ip, loginMaxPerIp, loginWindowSeconds),
      this.limiter.hit('login-account', normalised, loginMaxPerAccount, loginWindowSeconds),
    ]);
    const blocked = [byIp, byAccount].filter((v) => !v.allowed);
    if (blocked.length > 0) {
      throw new RateLimitedError('AUTH.LOGIN_RATE_LIMITED', Math.max(...blocked.map((v) => v.retryAfterSeconds)));
    }
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.isActive) throw new InvalidCredentialsError();
    return user;
  }
}
