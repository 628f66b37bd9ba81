import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../common/auth/roles.decorator.js';
import type { Principal } from './principal.js';

interface PrincipalRow {
  role: Role;
  email: string;
  display_name: string;
}

/**
 * Resolves an access token's session to its principal: one primary-key read of the session and its user.
 * No row (session ended, user deactivated, or the token's user is not the session's) means no principal.
 * Database errors propagate: an outage is a 503, never a 401 that would sign everyone out.
 */
@Injectable()
export class PrincipalStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(sessionId: string, userId: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.role, u.email, u.display_name
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND u.is_active`,
      [sessionId, userId],
    );
    const row = rows[0];
    return row ? { userId, sessionId, role: row.role, email: row.email, displayName: row.display_name } : null;
  }
}
