import type { components } from './schema';
import { ApiProblem, networkProblem, toProblem } from './problem';

export type Me = components['schemas']['MeResponse'];
type SessionGrant = components['schemas']['SessionResponse'];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: 'ended' | 'signed-out' }
  | { status: 'signed-in'; user: Me };

/** Refresh this long before the access token expires, so a request never carries a dead one. */
const REFRESH_EARLY_MS = 60_000;
const SESSION = '/api/v1/auth/session';

/**
 * The browser session (CONTRACT.md): the refresh token is an HttpOnly cookie page script cannot read;
 * the access token lives only in this module's memory. A reload restores the session from the cookie.
 */
class BrowserSession {
  private state: SessionState = { status: 'restoring' };
  private accessToken: string | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();
  readonly restored: Promise<void>;

  constructor() {
    this.restored = this.refresh().then(() => undefined);
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  token(): string | null {
    return this.accessToken;
  }

  async signIn(email: string, password: string): Promise<Me> {
    const grant = await grantFrom(await post(SESSION, { email, password }));
    this.accept(grant);
    return grant.user;
  }

  /** Exchanges the cookie for a fresh access token; false when the session is over. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    try {
      await post(`${SESSION}/end`);
    } finally {
      this.end('signed-out');
    }
  }

  /**
   * The user as the API now describes them (their role may have changed since sign-in): the shell follows at
   * once, e.g. an administrator demoted meanwhile loses the admin screens.
   */
  updateUser(user: Me): void {
    if (this.state.status !== 'signed-in') return;
    const known = this.state.user;
    if (known.id === user.id && known.role === user.role && known.displayName === user.displayName && known.email === user.email) return;
    this.set({ status: 'signed-in', user });
  }

  /** The API refused the access token and a refresh could not renew it. */
  expired(): void {
    this.end('ended');
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const response = await post(`${SESSION}/refresh`);
      if (response.status === 401) {
        this.end(this.state.status === 'signed-in' ? 'ended' : undefined);
        return false;
      }
      this.accept(await grantFrom(response));
      return true;
    } catch (error) {
      // Unreachable or refused for another reason: a restore falls back to the sign-in page.
      if (this.state.status === 'restoring') this.end();
      if (error instanceof ApiProblem) return false;
      throw error;
    }
  }

  private accept(grant: SessionGrant): void {
    this.accessToken = grant.accessToken;
    clearTimeout(this.refreshTimer);
    const delay = Math.max(grant.expiresIn * 1000 - REFRESH_EARLY_MS, grant.expiresIn * 500);
    this.refreshTimer = setTimeout(() => void this.refresh(), delay);
    this.set({ status: 'signed-in', user: grant.user });
  }

  private end(reason?: 'ended' | 'signed-out'): void {
    clearTimeout(this.refreshTimer);
    this.accessToken = null;
    this.set(reason ? { status: 'signed-out', reason } : { status: 'signed-out' });
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The cookie-session routes are called here rather than through the generated client: they carry the
 * client's own credentials (the cookie, the CSRF header) and must not pass through its bearer middleware.
 */
async function post(path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'X-CSRF-Protection': '1', accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetch(path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw networkProblem();
  }
}

async function grantFrom(response: Response): Promise<SessionGrant> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toProblem(response.status, body);
  return body as SessionGrant;
}

export const session = new BrowserSession();
