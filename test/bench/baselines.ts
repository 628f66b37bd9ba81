import type { LoadRequest } from './load.js';

/** The cheapest route the API has (public, no database): what the framework and HTTP cost on their own. */
export const HEALTH_LIVE: LoadRequest = { method: 'GET', path: '/health/live', expectStatus: 200 };
export const HEALTH_LIVE_NAME = 'GET /health/live';

/** The cheapest signed-in read: the JWT check (one query by primary key), then the user by primary key. */
export const AUTH_ME_NAME = 'GET /api/v1/auth/me';

export function authMe(token: string): LoadRequest {
  return { method: 'GET', path: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` }, expectStatus: 200 };
}
