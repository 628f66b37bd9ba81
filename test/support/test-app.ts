import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { createRootLogger, PinoLoggerService } from '../../src/common/logging/pino-logger.js';
import type { Role } from '../../src/common/auth/roles.decorator.js';
import { loadConfigFromProcess } from '../../src/config/app-config.js';
import { MailCatcher } from '../../src/devtools/mail-catcher.js';
import { createHttpApp } from '../../src/http-app.js';
import { UsersService } from '../../src/users/users.service.js';
import { WorkerModule } from '../../src/worker.module.js';
import { keepLog } from './personal-data.js';

/** Every log line any test app wrote in this test file, for personal-data checks within the file. */
export const capturedLogs: string[] = [];

export interface TestApp {
  api: NestFastifyApplication;
  /** Every route Fastify registered, as `METHOD /path`. */
  routes: string[];
  worker?: INestApplicationContext;
  mail: MailCatcher;
  dataSource: DataSource;
  http: () => TestAgent;
  /** Creates an active user with `role` and returns a bearer token for them. */
  tokenFor: (role: Role, email?: string) => Promise<string>;
  /** Starts one more worker (a separate Nest context, as another worker process would be); closed with the app. */
  startWorker: () => Promise<INestApplicationContext>;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  /** Also start the job worker (mail sending, schedulers) in this process. */
  worker?: boolean;
  env?: Record<string, string | undefined>;
}



/** Every 4xx/5xx the app sends in a test must be problem+json carrying a stable code. */
function watchErrorResponses(api: NestFastifyApplication): string[] {
  const violations: string[] = [];
  api.getHttpAdapter().getInstance().addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const body = typeof payload === 'string' ? payload : '';
    const isProblem = type.startsWith('application/problem+json') && /"code":"[A-Z_]+\.[A-Z_]+"/.test(body);
    // Pages for people (the hosted signing pages) answer in HTML and carry the code as data-error-code.
    const isErrorPage = type.startsWith('text/html') && /data-error-code="[A-Z_]+\.[A-Z_]+"/.test(body);
    if (!isProblem && !isErrorPage) {
      violations.push(`${request.method} ${request.url} → ${reply.statusCode} ${type}`);
    }
    return payload;
  });
  return violations;
}

/** The real API (and optionally the real worker) on the test database with an in-process SMTP server. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const mail = new MailCatcher();
  const smtpPort = await mail.start();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const config = loadConfigFromProcess();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString('utf8');
      capturedLogs.push(line);
      // Also kept for the whole run: global teardown scans every line for test people's data.
      keepLog(line);
      done();
    },
  });
  const logger = createRootLogger(config.logLevel, sink);
  const routes: string[] = [];
  const api = await createHttpApp(config, logger, new PinoLoggerService(logger), {
    onRoute: (method, url) => routes.push(`${method} ${url}`),
  });
  const nonProblemErrors = watchErrorResponses(api);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const extraWorkers: INestApplicationContext[] = [];
  const startWorker = async (): Promise<INestApplicationContext> => {
    const context = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoLoggerService(logger) });
    await context.init();
    return context;
  };
  const worker = options.worker ? await startWorker() : undefined;
  const http = (): TestAgent => request(api.getHttpServer());
  const tokenFor = async (role: Role, email = `${role}-${randomUUID()}@staff.test`): Promise<string> => {
    const password = 'a-long-test-password';
    await api.get(UsersService).create({ email, displayName: `Test ${role}`, role, password }, { notify: false });
    const res = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return (res.body as { accessToken: string }).accessToken;
  };
  return {
    api,
    routes,
    worker,
    mail,
    dataSource: api.get(DataSource),
    http,
    tokenFor,
    startWorker: async () => {
      const context = await startWorker();
      extraWorkers.push(context);
      return context;
    },
    close: async () => {
      await Promise.all(extraWorkers.map((w) => w.close()));
      await worker?.close();
      await api.close();
      await mail.stop();
      if (nonProblemErrors.length > 0) {
        throw new Error(`Error responses that were not problem+json with a code:\n${nonProblemErrors.join('\n')}`);
      }
    },
  };
}
