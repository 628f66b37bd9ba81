import type { Role } from '../../common/auth/roles.decorator.js';

/** Who a valid access token speaks for right now: the user's current role and name, in a live session. */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  email: string;
  displayName: string;
}
