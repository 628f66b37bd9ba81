import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import type { Role } from '../common/auth/roles.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UnauthenticatedError } from './auth.errors.js';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessTokenClaims } from './token.service.js';

/**
 * Verifies the bearer JWT, then reads the user's current role and active flag by primary key, so
 * a deactivation or role change takes effect on the next request (well within the token lifetime).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedUser> {
    const rows: { id: string; role: Role }[] = await this.dataSource.query(
      'SELECT id, role FROM users WHERE id = $1 AND is_active',
      [claims.sub],
    );
    if (rows.length === 0) throw new UnauthenticatedError();
    return { id: rows[0].id, role: rows[0].role };
  }
}
