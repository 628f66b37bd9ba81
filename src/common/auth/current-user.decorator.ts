import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from './roles.decorator.js';

/** What an authenticated request carries about its user: never the password hash or email. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  /** The session of the request's access token (absent on the sign-in routes, authenticated by password). */
  sessionId?: string;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const request = ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>();
  return request.user;
});
