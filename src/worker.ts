import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigFromProcess } from './config/app-config.js';
import { createRootLogger, PinoLoggerService } from './common/logging/pino-logger.js';
import { runWithGracefulShutdown } from './shutdown.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadConfigFromProcess();
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoLoggerService(logger) });
  await app.init();
  logger.info({ msg: 'worker started' });
  runWithGracefulShutdown(app, config.shutdownTimeoutMs, logger);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
