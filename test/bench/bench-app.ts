import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createRootLogger, PinoLoggerService } from '../../src/common/logging/pino-logger.js';
import { loadConfigFromProcess, type AppConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { createHttpApp } from '../../src/http-app.js';
import { WorkerModule } from '../../src/worker.module.js';
import type { BenchEnvironmentSetup } from './bench-env.js';
import type { BenchOptions } from './bench-options.js';
import type { BenchmarkContext } from './benchmark.js';
import type { Cleanup } from './cleanup.js';
import { createStaffToken } from './staff.js';

/**
 * The API (on loopback) and the worker in this process, on the bench database, sending to the
 * local SMTP catcher. Import this module only after prepareBenchEnvironment().
 */
export async function startBenchApp(options: BenchOptions, setup: BenchEnvironmentSetup, cleanup: Cleanup): Promise<BenchmarkContext> {
  const config = loadConfigFromProcess();
  await migrate(config);
  const { redisUrl } = options;
  if (redisUrl) cleanup.add('remove bench keys from Redis', () => removeRedisKeys(redisUrl, setup.redisPrefix));
  const logger = createRootLogger(config.logLevel, openAppLog(options.resultsDir, cleanup));
  const api = await startApi(config, new PinoLoggerService(logger), logger, cleanup);
  const worker = await startWorker(new PinoLoggerService(logger), cleanup);
  const baseUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
  return {
    baseUrl,
    api,
    worker,
    dataSource: api.get(DataSource),
    config,
    mail: setup.mail,
    tokenFor: (role) => createStaffToken(api, baseUrl, role),
  };
}

async function migrate(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Production logs at info to stdout; here the same lines go to bench-results/app.log (kept for a failed run). */
function openAppLog(resultsDir: string, cleanup: Cleanup): pino.DestinationStream {
  const sink = pino.destination({ dest: `${resultsDir}/app.log`, sync: false, mkdir: true, append: false });
  cleanup.add('close app log', () => new Promise<void>((resolve) => {
    sink.once('close', () => resolve());
    sink.end();
  }));
  return sink;
}

async function startApi(
  config: AppConfig,
  nestLogger: PinoLoggerService,
  logger: ReturnType<typeof createRootLogger>,
  cleanup: Cleanup,
): Promise<NestFastifyApplication> {
  const api = await createHttpApp(config, logger, nestLogger);
  cleanup.add('close API', () => api.close());
  await api.listen({ port: 0, host: '127.0.0.1' });
  return api;
}

async function startWorker(nestLogger: PinoLoggerService, cleanup: Cleanup): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: nestLogger });
  cleanup.add('close worker', () => worker.close());
  await worker.init();
  return worker;
}

/** BullMQ keys live under `<prefix>:`; the run's prefix is its own, so all of them go. */
async function removeRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
