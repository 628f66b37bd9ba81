import { expect } from '@jest/globals';
import fc from 'fast-check';
import { HOSTILE_CONSTANTS, mutatedBody } from './fuzz.js';
import type { TestApp } from './test-app.js';

export type BodyMethod = 'post' | 'patch';

/** Fuzzes JSON bodies of one API through HTTP as one signed-in user: nothing may answer 5xx, errors are problem+json. */
export interface BodyFuzzer {
  /** Sends a body (with If-Match "1" for routes that want one) and returns the status. */
  send: (method: BodyMethod, url: string, body: unknown) => Promise<number>;
  /** Random mutations of a valid body (fast-check), `runs` times. */
  property: (method: BodyMethod, url: () => string, valid: () => Record<string, unknown>) => Promise<void>;
  /** Every field of a valid body replaced by every hostile constant, one at a time. */
  sweep: (method: BodyMethod, url: string, valid: Record<string, unknown>) => Promise<void>;
}

/** `app` and `token` are read at each request: suites create them in beforeAll. */
export function bodyFuzzer(app: () => TestApp, token: () => string, runs: number): BodyFuzzer {
  const send = async (method: BodyMethod, url: string, body: unknown): Promise<number> => {
    const agent = app().http();
    const res = await agent[method](url)
      .set('authorization', `Bearer ${token()}`)
      .set('if-match', '"1"')
      .set('content-type', 'application/json')
      .send(JSON.stringify(body) ?? 'null');
    if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.status;
  };
  return {
    send,
    property: (method, url, valid) =>
      fc.assert(
        fc.asyncProperty(mutatedBody(valid()), async (body) => {
          expect(await send(method, url(), body)).toBeLessThan(500);
        }),
        { numRuns: runs },
      ),
    sweep: async (method, url, valid) => {
      const failures: string[] = [];
      for (const key of Object.keys(valid)) {
        for (const hostile of HOSTILE_CONSTANTS) {
          const status = await send(method, url, { ...valid, [key]: hostile });
          if (status >= 500) failures.push(`${key} = ${JSON.stringify(hostile)?.slice(0, 40)}`);
        }
      }
      expect(failures).toEqual([]);
    },
  };
}
