import createClient, { type Middleware } from 'openapi-fetch';
import { networkProblem, toProblem } from './problem';
import type { paths } from './schema';
import { session, type Me } from './session';

/** Requests as they were before they were sent, so one refused for an expired token can be sent again. */
const unsent = new WeakMap<Request, Request>();

const bearer: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    unsent.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    // Refused for the role: it may have changed since sign-in (a demotion); learn the current one.
    if (response.status === 403) void recheckUser();
    if (response.status !== 401) return response;
    const original = unsent.get(request);
    if (!original || !(await session.refresh())) {
      session.expired();
      return response;
    }
    const retry = new Request(original);
    retry.headers.set('authorization', `Bearer ${session.token() ?? ''}`);
    return fetch(retry);
  },
};

/** The one way the app talks to the API: typed by the generated schema (npm run build regenerates it). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(bearer);

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits a client call and returns its data, or throws an ApiProblem carrying the answer's code. */
export async function call<T>(request: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await request;
  } catch {
    throw networkProblem();
  }
  if (result.error !== undefined || !result.response.ok) throw toProblem(result.response.status, result.error);
  return result.data as T;
}

let rechecking: Promise<Me | null> | null = null;

/** Asks the API who the signed-in user is now and updates the session (one request at a time); null if it cannot say. */
export function recheckUser(): Promise<Me | null> {
  rechecking ??= call(api.GET('/api/v1/auth/me'))
    .then((me) => {
      session.updateUser(me);
      return me;
    })
    .catch(() => null)
    .finally(() => {
      rechecking = null;
    });
  return rechecking;
}
