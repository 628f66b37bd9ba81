import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * On SIGTERM/SIGINT: close the app (HTTP stops accepting and drains in-flight requests; workers
 * finish in-flight jobs; queues and pools close), then exit. A stuck close is cut off after a timeout.
 */
export function runWithGracefulShutdown(app: INestApplicationContext, timeoutMs: number, logger: Logger): void {
  let closing = false;
  const stop = (signal: string): void => {
    if (closing) return;
    closing = true;
    logger.info({ msg: 'shutting down', signal });
    const timer = setTimeout(() => {
      logger.error({ msg: 'shutdown timed out', timeoutMs });
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ msg: 'shutdown failed', error: error instanceof Error ? error.message : 'unknown' });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
