import 'reflect-metadata';
import { loadConfigFromProcess } from './config/app-config.js';
import { createRootLogger, PinoLoggerService } from './common/logging/pino-logger.js';
import { createHttpApp } from './http-app.js';
import { runWithGracefulShutdown } from './shutdown.js';

async function bootstrap(): Promise<void> {
  const config = loadConfigFromProcess();
  const logger = createRootLogger(config.logLevel);
  const app = await createHttpApp(config, logger, new PinoLoggerService(logger));
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info({ msg: 'api listening', url: await app.getUrl() });
  runWithGracefulShutdown(app, config.shutdownTimeoutMs, logger);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
