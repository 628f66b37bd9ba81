import type { Role } from '../../src/common/auth/roles.decorator.js';

/**
 * Who may call every route. A route registered by the app but missing here fails the matrix test,
 * so a new route cannot ship without a decision about its access.
 */
export type Access = 'public' | readonly Role[];

const STAFF: readonly Role[] = ['admin', 'officer', 'viewer'];
const ADMIN: readonly Role[] = ['admin'];
/** Officers and admins write partner data; viewers read. */
const WRITERS: readonly Role[] = ['admin', 'officer'];

export const ROUTE_ACCESS: Record<string, Access> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  // Swagger UI and its assets.
  'GET /docs': 'public',
  'GET /docs/': 'public',
  'GET /docs/*': 'public',
  'GET /docs/index.html': 'public',
  'GET /docs/LICENSE': 'public',
  'GET /docs/swagger-ui-init.js': 'public',
  'GET /docs/docs/swagger-ui-init.js': 'public',
  'GET /openapi.json': 'public',
  'GET /openapi.yaml': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/me': STAFF,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'GET /api/v1/users/:id': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'POST /api/v1/mail/test': ADMIN,
  'GET /api/v1/reference-data/:category': STAFF,
  'POST /api/v1/reference-data/:category': ADMIN,
  'PATCH /api/v1/reference-data/:category/:code': ADMIN,
  'GET /api/v1/partner-lists': STAFF,
  'GET /api/v1/partners': STAFF,
  'POST /api/v1/partners': WRITERS,
  'GET /api/v1/partners/:id': STAFF,
  'PATCH /api/v1/partners/:id': WRITERS,
  'POST /api/v1/partners/:id/archive': WRITERS,
  'POST /api/v1/partners/:id/restore': WRITERS,
  'POST /api/v1/partners/:id/merge': ADMIN,
  'GET /api/v1/partners/:id/audit': STAFF,
  'GET /api/v1/partners/export.csv': STAFF,
  'GET /api/v1/partners/:partnerId/contacts': STAFF,
  'POST /api/v1/partners/:partnerId/contacts': WRITERS,
  'GET /api/v1/contacts/:id': STAFF,
  'PATCH /api/v1/contacts/:id': WRITERS,
  'POST /api/v1/contacts/:id/move': WRITERS,
  'POST /api/v1/contacts/:id/archive': WRITERS,
  'POST /api/v1/contacts/:id/restore': WRITERS,
  'GET /api/v1/contacts/:id/affiliations': STAFF,
  'GET /api/v1/contacts/:id/audit': STAFF,
  'GET /api/v1/meetings': STAFF,
  'POST /api/v1/meetings': WRITERS,
  'GET /api/v1/meetings/:id': STAFF,
  'PATCH /api/v1/meetings/:id': WRITERS,
  'DELETE /api/v1/meetings/:id': WRITERS,
  'POST /api/v1/meetings/:id/actions': WRITERS,
  'GET /api/v1/actions': STAFF,
  'PATCH /api/v1/actions/:id': WRITERS,
  'GET /api/v1/partners/:id/dialogue': STAFF,
  'POST /api/v1/partners/:id/dialogue/snooze': WRITERS,
  'POST /api/v1/partners/:id/dialogue/unsnooze': WRITERS,
  'GET /api/v1/dialogue/overdue': STAFF,
  'GET /api/v1/dialogue/summary': STAFF,
  'GET /api/v1/partners/:id/timeline': STAFF,
  'POST /api/v1/calendar/feed': STAFF,
  'DELETE /api/v1/calendar/feed': STAFF,
  // Authenticated by the secret in the URL, not a bearer token.
  'GET /calendar/:token/feed.ics': 'public',
  'POST /api/v1/publications': ADMIN,
  'GET /api/v1/publications': ADMIN,
  'GET /api/v1/publications/:version/diff': ADMIN,
  // The public website's list: cached, no auth.
  'GET /public/partners': 'public',
  'GET /public/partners.csv': 'public',
  'GET /public/partners/versions/:version': 'public',
  'GET /public/partners/changes': 'public',
};
