import { SetMetadata } from '@nestjs/common';

export const ROLES = ['admin', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLES_KEY = 'roles';

/** Restricts a route to the listed roles. Authenticated routes without it allow every role. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
