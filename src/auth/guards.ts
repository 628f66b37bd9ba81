import { createParamDecorator, ExecutionContext, Injectable, CanActivate } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { IS_PUBLIC } from '../common/auth/public.decorator.js';
import { ROLES_KEY, type Role } from '../common/auth/roles.decorator.js';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedError } from '../common/errors/app-error.js';
import { flattenValidationErrors } from '../common/http/validation.js';
import type { User } from '../users/user.entity.js';
import { ForbiddenRoleError, UnauthenticatedError } from './auth.errors.js';
import { AccessTokenCodec } from './access-token.codec.js';
import { LoginDto } from './dto/auth.dto.js';
import type { RequestWithPrincipal } from './principals/current-principal.decorator.js';
import { PrincipalStore } from './principals/principal-store.js';

const isPublic = (reflector: Reflector, context: ExecutionContext): boolean =>
  reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) === true;

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Global: every route needs a valid access token unless marked @Public(). The token's signature and
 * claims are checked in memory; its session and user are then looked up (their current role, active,
 * session not ended), so a sign-out, a deactivation or a role change applies to the next request.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly codec: AccessTokenCodec,
    private readonly principals: PrincipalStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser } & RequestWithPrincipal>();
    const header = request.headers.authorization;
    const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
    const claims = token === undefined ? null : this.codec.verify(token);
    if (!claims) throw new UnauthenticatedError();
    // A database outage throws here and becomes a 503 (never a 401, which would sign the user out).
    const principal = await this.principals.find(claims.sid, claims.sub);
    if (!principal) throw new UnauthenticatedError();
    request.user = { id: principal.userId, role: principal.role, sessionId: principal.sessionId };
    request.principal = principal;
    return true;
  }
}

/** Global: enforces @Roles(); authenticated routes without it allow every role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublic(this.reflector, context)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user || !roles.includes(user.role)) throw new ForbiddenRoleError();
    return true;
  }
}

/** Runs the local (email + password) strategy on the login route, after validating the body. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Guards run before pipes, so the login body is validated here.
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    const errors = await validate(plainToInstance(LoginDto, body ?? {}), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new ValidationFailedError(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error instanceof Error) throw error;
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }
}

/** On the sign-in routes (after LocalAuthGuard): the user whose email and password were just verified. */
export const PasswordVerifiedUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): User => ctx.switchToHttp().getRequest<{ user: User }>().user,
);
