import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from './roles.decorator.js';

/** What an authenticated request carries about its user: never the password hash or email. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const request = ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>();
  return request.user;
});
