import { randomBytes } from 'node:crypto';
import { EnvironmentVariables } from '../../src/config/environment.js';
import { MailCatcher } from '../../src/devtools/mail-catcher.js';
import type { BenchOptions } from './bench-options.js';
import type { Cleanup } from './cleanup.js';

/** Limits high enough that the login benchmark measures login, not the rate limiter's 429s. */
const UNLIMITED_LOGINS = '1000000';

export interface BenchEnvironmentSetup {
  mail: MailCatcher;
  /** Key prefix of this run's queues on Redis (unused on PostgreSQL). */
  redisPrefix: string;
}

/**
 * Starts the SMTP catcher and sets the app's configuration in process.env, as production does.
 * Must run before any app module is imported: ConfigModule validates the environment on load.
 */
export async function prepareBenchEnvironment(options: BenchOptions, databaseUrl: string, cleanup: Cleanup): Promise<BenchEnvironmentSetup> {
  const mail = new MailCatcher();
  const smtpPort = await mail.start(0, '127.0.0.1');
  cleanup.add('stop mail catcher', () => mail.stop());
  const redisPrefix = `crm-bench-${process.pid}`;
  // Clear every variable the app knows so a developer's shell cannot skew the figures.
  for (const key of Object.keys(new EnvironmentVariables())) delete process.env[key];
  Object.assign(process.env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_BASE_URL: 'http://127.0.0.1',
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    DATA_PROTECTION_HASH_KEY: randomBytes(32).toString('base64url'),
    LOGIN_MAX_PER_ACCOUNT: UNLIMITED_LOGINS,
    LOGIN_MAX_PER_IP: UNLIMITED_LOGINS,
    LOG_LEVEL: 'info',
    QUEUE_REDIS_PREFIX: redisPrefix,
  });
  if (options.redisUrl) process.env.REDIS_URL = options.redisUrl;
  return { mail, redisPrefix };
}
