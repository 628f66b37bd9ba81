import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { AccessTokenCodec } from '../../src/auth/access-token.codec.js';
import { UsersService } from '../../src/users/users.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface RawExchange {
  /** Everything the server sent before closing. */
  received: string;
  ms: number;
}

/** Opens a raw connection, sends `head` and then `drip` every 100 ms until the server closes it. */
function dribble(port: number, head: string, drip: string | null): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      socket.write(head);
      if (drip !== null) timer = setInterval(() => socket.write(drip), 100);
    });
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset the connection while the client is still writing.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ received, ms: performance.now() - started });
    });
  });
}

describe('slow clients and uploads from strangers are cut off early', () => {
  let app: TestApp;
  let port: number;

  beforeAll(async () => {
    app = await startTestApp({ env: { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '5000' } });
    await app.api.listen({ port: 0, host: '127.0.0.1' });
    port = (app.api.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  it('a client dribbling its headers is answered 408 at the headers timeout, not held for a minute', async () => {
    const { received, ms } = await dribble(port, 'GET /health/live HTTP/1.1\r\nHost: crm.test\r\n', 'X-Slow: a\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    // Cut off by the headers timeout (1 s here, checked every 250 ms), well before the request timeout (5 s).
    expect(ms).toBeLessThan(5000);
  });

  it('a client dribbling its body is answered 408 at the request timeout', async () => {
    const head = 'POST /api/v1/auth/login HTTP/1.1\r\nHost: crm.test\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{';
    const { received, ms } = await dribble(port, head, ' ');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(4000);
  });

  it('the document upload refuses a forged, expired or signed-out bearer token before reading a byte of the body', async () => {
    const codec = app.api.get(AccessTokenCodec);
    const forged = `${'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2lnbmF0dXJl`;
    const unknownSession = codec.sign({ sub: randomUUID(), sid: randomUUID(), role: 'admin' });
    const expired = codec.sign({ sub: randomUUID(), sid: randomUUID(), role: 'admin' }, Math.floor(Date.now() / 1000) - 3600);
    const pair = (await app.http().post('/api/v1/auth/login').send(await loginBody()).expect(200)).body as { accessToken: string; refreshToken: string };
    await app.http().post('/api/v1/auth/logout').send({ refreshToken: pair.refreshToken }).expect(204);
    for (const token of ['anything', forged, unknownSession, expired, pair.accessToken]) {
      // 10 MB announced, not a byte sent: only an answer before the body proves it was never waited for.
      const head = `POST /api/v1/agreements/${randomUUID()}/documents?title=x HTTP/1.1\r\nHost: crm.test\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/pdf\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n';
      const { received } = await dribble(port, head, null);
      expect(received).toMatch(/^HTTP\/1\.1 401/);
      expect(received).toContain('"code":"AUTH.UNAUTHENTICATED"');
    }
  });

  const loginBody = async (): Promise<{ email: string; password: string }> => {
    const email = `upload-${randomUUID()}@staff.test`;
    await app.api.get(UsersService).create(
      { email, displayName: 'Uploader', role: 'officer', password: 'a-long-upload-password' },
      { notify: false },
    );
    return { email, password: 'a-long-upload-password' };
  };
});
