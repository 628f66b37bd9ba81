import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { User } from '../users/user.entity.js';
import { UsersModule } from '../users/users.module.js';
import { AccessTokenCodec } from './access-token.codec.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtAuthGuard, RolesGuard } from './guards.js';
import { LocalStrategy } from './local.strategy.js';
import { PrincipalStore } from './principals/principal-store.js';
import { RefreshToken } from './refresh-token.entity.js';
import { CsrfGuard } from './session/csrf.guard.js';
import { SessionController } from './session/session.controller.js';
import { TokenService } from './token.service.js';
import { UserSession } from './user-session.entity.js';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([User, UserSession, RefreshToken]), RateLimitModule, UsersModule],
  controllers: [AuthController, SessionController],
  providers: [
    AuthService,
    AccessTokenCodec,
    TokenService,
    PrincipalStore,
    LocalStrategy,
    CsrfGuard,
    // Deny by default: authentication first, then roles.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [TokenService, AccessTokenCodec],
})
export class AuthModule {}
