/** The browser session's refresh token: HttpOnly (no page script reads it), sent only to the session routes. */
export const REFRESH_COOKIE = 'crm_refresh';
export const SESSION_ROUTES_PATH = '/api/v1/auth/session';

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

export interface CookieOptions {
  /** Secure when the product is served over https (PUBLIC_BASE_URL). */
  secure: boolean;
}

function attributes({ secure }: CookieOptions, maxAgeSeconds: number): string {
  return `Max-Age=${maxAgeSeconds}; Path=${SESSION_ROUTES_PATH}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function refreshCookie(token: string, expiresAt: Date, options: CookieOptions): string {
  const maxAge = Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000));
  return `${REFRESH_COOKIE}=${token}; ${attributes(options, maxAge)}`;
}

export function clearedRefreshCookie(options: CookieOptions): string {
  return `${REFRESH_COOKIE}=; ${attributes(options, 0)}`;
}

/** The refresh token from a Cookie header, if it holds one of the shape this product issues. */
export function readRefreshCookie(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return TOKEN.test(value) ? value : undefined;
  }
  return undefined;
}
