import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Response } from 'supertest';
import { MAX_JSON_DEPTH } from '../../src/common/http/json-body.js';
import { individualSignature, nextClientIp } from '../support/pledges.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Operation {
  requestBody?: { content?: Record<string, unknown> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const SIGN = '/public/pledges/city-plan/signatures';
const nested = (depth: number): string => `{"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('request bodies: JSON depth limit, JSON only on JSON routes', () => {
  let app: TestApp;
  let jsonOperations: { method: string; path: string }[];

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { TRUST_PROXY_HOPS: '1', PLEDGE_SIGN_MAX_PER_IP: '3' } });
    const spec = (await app.http().get('/openapi.json').expect(200)).body as OpenApi;
    jsonOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.requestBody?.content?.['application/json'] !== undefined)
        .map(([method]) => ({ method, path: path.replace(/\{[^}]+\}/g, randomUUID()) })),
    );
  });
  afterAll(() => app.close());

  const send = (method: string, path: string) => {
    const agent = app.http();
    return agent[method as 'post'](path);
  };
  const expectTooDeep = (res: Response, what: string): void => {
    expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status: 400, code: 'REQUEST.JSON_TOO_DEEP' });
  };

  it('every JSON route refuses a deeply nested body with 400 REQUEST.JSON_TOO_DEEP while parsing (10 KB, depth 5,000)', async () => {
    expect(jsonOperations.length).toBeGreaterThan(30);
    for (const { method, path } of jsonOperations) {
      const res = await send(method, path).set('content-type', 'application/json').set('x-forwarded-for', nextClientIp()).send(nested(5000));
      expectTooDeep(res, `${method} ${path}`);
    }
    // Up to the limit is parsed as usual (and then judged by the route: here, an unknown field).
    const atLimit = await app.http().post(SIGN).set('x-forwarded-for', nextClientIp()).set('content-type', 'application/json')
      .send(nested(MAX_JSON_DEPTH - 1));
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.code).toBe('REQUEST.VALIDATION_FAILED');
    // Brackets inside strings are text, not nesting.
    const inString = await app.http().post(SIGN).set('x-forwarded-for', nextClientIp()).send(individualSignature({ signerName: `Pat ${'['.repeat(100)}` }));
    expect(inString.status).not.toBe(500);
    expect(inString.body.code).not.toBe('REQUEST.JSON_TOO_DEEP');
  });

  it('an 800 KB deep body is refused without stalling the event loop: a concurrent cheap request still answers', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const deep = `{"x":${'['.repeat(400_000)}${']'.repeat(400_000)}}`;
    const [refused, cheap] = await Promise.all([
      app.http().post(SIGN).set('x-forwarded-for', nextClientIp()).set('content-type', 'application/json').send(deep),
      app.http().get('/health/live'),
    ]);
    delay.disable();
    expectTooDeep(refused, 'signing');
    expect(cheap.status).toBe(200);
    // Before the depth check, class-transformer recursed for ~1.9 s (blocking everyone) and then overflowed the stack.
    // The check is a linear byte scan; even a loaded machine stays far below this.
    expect(delay.max / 1e6).toBeLessThan(1000);
  });

  it('the per-IP signing limit counts bodies refused as too deep, malformed or invalid', async () => {
    const ip = nextClientIp();
    const post = () => app.http().post(SIGN).set('x-forwarded-for', ip).set('content-type', 'application/json');
    expectTooDeep(await post().send(nested(5000)), 'deep');
    expect((await post().send('{"signerName":')).status).toBe(400);
    expect((await post().send({ signerName: '' })).status).toBe(400);
    const limited = await post().send(individualSignature());
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('PLEDGE.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('the JSON signing route refuses form, text and multipart bodies with 415 and mails nobody; the hosted form still works', async () => {
    const victim = individualSignature();
    const fields = Object.fromEntries(Object.entries(victim).map(([k, v]) => [k, Array.isArray(v) ? v[0] : String(v)]));
    const cross = { origin: 'https://evil.example', 'x-forwarded-for': nextClientIp() };
    const form = await app.http().post(SIGN).set(cross).type('form').send(new URLSearchParams(fields).toString());
    const text = await app.http().post(SIGN).set({ ...cross, 'x-forwarded-for': nextClientIp() }).set('content-type', 'text/plain').send(JSON.stringify(victim));
    const multipart = await app.http().post(SIGN).set({ ...cross, 'x-forwarded-for': nextClientIp() }).field('signerName', String(victim.signerName)).field('email', String(victim.email));
    for (const res of [form, text, multipart]) {
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    }
    // Staff JSON routes alike (refused before the body is read, and before authentication).
    const staff = await app.http().post('/api/v1/partners').type('form').send('name=x');
    expect(staff.status).toBe(415);
    // The hosted form (same site) is an HTML form post and keeps working; its mail arrives, the victim's never did.
    const signer = individualSignature();
    const page = await app.http().post('/sign/city-plan').set('x-forwarded-for', nextClientIp()).type('form')
      .send(new URLSearchParams({ signerName: String(signer.signerName), email: String(signer.email), area: 'sefton', commitments: 'a-strong-and-inclusive-economy', textVersion: '' }).toString());
    expect(page.status).toBe(303);
    await app.mail.waitFor((m) => m.to.includes(String(signer.email)));
    expect(app.mail.messages.filter((m) => m.to.includes(String(victim.email)))).toEqual([]);
  });
});
