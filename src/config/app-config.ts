import { existsSync } from 'node:fs';
import type { Role } from '../common/auth/roles.decorator.js';
import { EnvironmentVariables, validateEnvironment } from './environment.js';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  http: {
    host: string;
    port: number;
    publicBaseUrl: string;
    corsOrigins: string[];
    bodyLimitBytes: number;
    trustProxyHops: number;
  };
  database: { url: string; ssl: boolean; poolSize: number; migrationsRun: boolean };
  queue: { redisUrl?: string; redisPrefix: string; pgSchema: string; concurrency: number };
  mail: { smtpUrl: string; from: string };
  auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    loginMaxPerAccount: number;
    loginMaxPerIp: number;
    loginWindowSeconds: number;
  };
  logLevel: string;
  shutdownTimeoutMs: number;
  timeZone: string;
  reminders: {
    cron: string;
    dueSoonDays: number;
    /** Distinct, descending day offsets before agreement review and renewal-notice dates. */
    agreementOffsets: number[];
    escalateAfterDays: number;
    escalation: { userId?: string; role: Role };
  };
  dialogue: { defaultCadenceDays: number };
  documents: { maxBytes: number };
  partnerImports: { maxBytes: number; maxRows: number; retentionDays: number };
  pledges: { signMaxPerIp: number; signWindowSeconds: number; mailMaxPerEmailPerDay: number };
}

export function toAppConfig(env: EnvironmentVariables): AppConfig {
  return {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ''),
      corsOrigins: env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      trustProxyHops: env.TRUST_PROXY_HOPS,
    },
    database: {
      url: env.DATABASE_URL,
      ssl: env.DATABASE_SSL,
      poolSize: env.DATABASE_POOL_SIZE,
      migrationsRun: env.MIGRATIONS_RUN,
    },
    queue: {
      redisUrl: env.REDIS_URL,
      redisPrefix: env.QUEUE_REDIS_PREFIX,
      pgSchema: env.QUEUE_PG_SCHEMA,
      concurrency: env.WORKER_CONCURRENCY,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      loginMaxPerAccount: env.LOGIN_MAX_PER_ACCOUNT,
      loginMaxPerIp: env.LOGIN_MAX_PER_IP,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
    },
    logLevel: env.LOG_LEVEL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    timeZone: env.TIME_ZONE,
    reminders: {
      cron: env.REMINDER_CRON,
      dueSoonDays: env.REMINDER_DUE_SOON_DAYS,
      agreementOffsets: [...new Set(env.REMINDER_AGREEMENT_OFFSETS.split(',').map(Number))].sort((a, b) => b - a),
      escalateAfterDays: env.REMINDER_ESCALATE_AFTER_DAYS,
      escalation: { userId: env.REMINDER_ESCALATION_USER_ID, role: env.REMINDER_ESCALATION_ROLE },
    },
    dialogue: { defaultCadenceDays: env.DIALOGUE_DEFAULT_CADENCE_DAYS },
    documents: { maxBytes: env.DOCUMENT_MAX_BYTES },
    partnerImports: {
      maxBytes: env.PARTNER_IMPORT_MAX_BYTES,
      maxRows: env.PARTNER_IMPORT_MAX_ROWS,
      retentionDays: env.PARTNER_IMPORT_RETENTION_DAYS,
    },
    pledges: {
      signMaxPerIp: env.PLEDGE_SIGN_MAX_PER_IP,
      signWindowSeconds: env.PLEDGE_SIGN_WINDOW_SECONDS,
      mailMaxPerEmailPerDay: env.PLEDGE_MAIL_MAX_PER_EMAIL_PER_DAY,
    },
  };
}

/** Loads `.env` into process.env (existing variables win), for tools that run outside Nest. */
export function loadDotEnvIfPresent(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The only reader of process.env: used by entry points, the CLI and the TypeORM CLI data source. */
export function loadConfigFromProcess(): AppConfig {
  return toAppConfig(validateEnvironment(process.env));
}
