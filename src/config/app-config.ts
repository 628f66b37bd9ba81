import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Role } from '../common/auth/roles.decorator.js';
import { EnvironmentVariables, validateEnvironment } from './environment.js';

/** How long, and how many, finished jobs of one kind (completed or failed) a queue keeps. */
export interface JobRetention {
  ageSeconds: number;
  count: number;
}

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  http: {
    host: string;
    port: number;
    publicBaseUrl: string;
    corsOrigins: string[];
    bodyLimitBytes: number;
    /** Node's server.headersTimeout and server.requestTimeout (see createHttpApp). */
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    trustProxyHops: number;
    /** Absolute path of the staff app's build (index.html and assets/). */
    webAppDir: string;
  };
  database: {
    /** The app's pool (may be a transaction-mode pooler). */
    url: string;
    /** Sessions of their own: the PostgreSQL queue backend, LISTEN, session advisory locks. */
    directUrl: string;
    ssl: boolean;
    poolSize: number;
    migrationsRun: boolean;
  };
  queue: {
    redisUrl?: string;
    redisPrefix: string;
    pgSchema: string;
    concurrency: number;
    keepCompleted: JobRetention;
    keepFailed: JobRetention;
    lockDurationMs: number;
    stalledIntervalMs: number;
    enqueueTimeoutMs: number;
    schedulerCheckMs: number;
  };
  mail: {
    smtpUrl: string;
    from: string;
    sendTimeoutMs: number;
    leaseSeconds: number;
    relayEveryMs: number;
    retry: { horizonSeconds: number; baseDelayMs: number; maxDelayMs: number };
  };
  auth: {
    jwtSecret: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    loginMaxPerAccount: number;
    loginMaxPerIp: number;
    loginWindowSeconds: number;
    invitationTtlSeconds: number;
    passwordResetTtlSeconds: number;
    passwordResetMaxPerEmail: number;
    passwordResetMaxPerIp: number;
    passwordResetWindowSeconds: number;
    passwordResetMinResponseMs: number;
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
  dialogue: { defaultCadenceDays: number; snoozeMaxDays: number };
  publishing: { atFirstBoot: boolean };
  documents: { maxBytes: number };
  partnerImports: { maxBytes: number; maxRows: number; retentionDays: number; parallelChunks: number };
  pledges: { signMaxPerIp: number; signWindowSeconds: number; mailMaxPerEmailPerDay: number };
  privacy: { institution: string; contact: string; text: string; url: string };
  portal: { linkTtlSeconds: number; linkMaxPerEmail: number; linkMaxPerIp: number; linkWindowSeconds: number; minResponseMs: number; sessionTtlSeconds: number };
  dataProtection: {
    /** HMAC key for subject hashes (suppression list, redaction markers). */
    hashKey: string;
    retention: { cron: string; unverifiedSignatureDays: number; endedPartnerContactYears: number; sentMailBodyDays: number };
  };
}

/** Outside production an unset key is derived from JWT_SECRET, so development and tests need no extra secret. */
function dataProtectionHashKey(env: EnvironmentVariables): string {
  return env.DATA_PROTECTION_HASH_KEY ?? createHmac('sha256', env.JWT_SECRET).update('data-protection-hash-key').digest('hex');
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
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      trustProxyHops: env.TRUST_PROXY_HOPS,
      webAppDir: resolve(env.WEB_APP_DIR),
    },
    database: {
      url: env.DATABASE_URL,
      directUrl: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
      ssl: env.DATABASE_SSL,
      poolSize: env.DATABASE_POOL_SIZE,
      migrationsRun: env.MIGRATIONS_RUN,
    },
    queue: {
      redisUrl: env.REDIS_URL,
      redisPrefix: env.QUEUE_REDIS_PREFIX,
      pgSchema: env.QUEUE_PG_SCHEMA,
      concurrency: env.WORKER_CONCURRENCY,
      keepCompleted: { ageSeconds: env.QUEUE_KEEP_COMPLETED_SECONDS, count: env.QUEUE_KEEP_COMPLETED_COUNT },
      keepFailed: { ageSeconds: env.QUEUE_KEEP_FAILED_SECONDS, count: env.QUEUE_KEEP_FAILED_COUNT },
      lockDurationMs: env.QUEUE_LOCK_DURATION_MS,
      stalledIntervalMs: env.QUEUE_STALLED_INTERVAL_MS,
      enqueueTimeoutMs: env.QUEUE_ENQUEUE_TIMEOUT_MS,
      schedulerCheckMs: env.QUEUE_SCHEDULER_CHECK_MS,
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      sendTimeoutMs: env.MAIL_SEND_TIMEOUT_MS,
      leaseSeconds: env.MAIL_SEND_LEASE_SECONDS,
      relayEveryMs: env.MAIL_RELAY_EVERY_MS,
      retry: { horizonSeconds: env.MAIL_RETRY_HORIZON_SECONDS, baseDelayMs: env.MAIL_RETRY_BASE_DELAY_MS, maxDelayMs: env.MAIL_RETRY_MAX_DELAY_MS },
    },
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      loginMaxPerAccount: env.LOGIN_MAX_PER_ACCOUNT,
      loginMaxPerIp: env.LOGIN_MAX_PER_IP,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
      invitationTtlSeconds: env.INVITATION_TTL_HOURS * 3600,
      passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_MINUTES * 60,
      passwordResetMaxPerEmail: env.PASSWORD_RESET_MAX_PER_EMAIL,
      passwordResetMaxPerIp: env.PASSWORD_RESET_MAX_PER_IP,
      passwordResetWindowSeconds: env.PASSWORD_RESET_WINDOW_SECONDS,
      passwordResetMinResponseMs: env.PASSWORD_RESET_MIN_RESPONSE_MS,
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
    dialogue: { defaultCadenceDays: env.DIALOGUE_DEFAULT_CADENCE_DAYS, snoozeMaxDays: env.DIALOGUE_SNOOZE_MAX_DAYS },
    publishing: { atFirstBoot: env.PUBLISH_AT_FIRST_BOOT },
    documents: { maxBytes: env.DOCUMENT_MAX_BYTES },
    partnerImports: {
      maxBytes: env.PARTNER_IMPORT_MAX_BYTES,
      maxRows: env.PARTNER_IMPORT_MAX_ROWS,
      retentionDays: env.PARTNER_IMPORT_RETENTION_DAYS,
      parallelChunks: env.PARTNER_IMPORT_PARALLEL_CHUNKS,
    },
    pledges: {
      signMaxPerIp: env.PLEDGE_SIGN_MAX_PER_IP,
      signWindowSeconds: env.PLEDGE_SIGN_WINDOW_SECONDS,
      mailMaxPerEmailPerDay: env.PLEDGE_MAIL_MAX_PER_EMAIL_PER_DAY,
    },
    privacy: { institution: env.INSTITUTION_NAME, contact: env.INSTITUTION_CONTACT, text: env.PRIVACY_NOTICE_TEXT, url: env.PRIVACY_NOTICE_URL },
    portal: {
      linkTtlSeconds: env.PORTAL_LINK_TTL_MINUTES * 60,
      linkMaxPerEmail: env.PORTAL_LINK_MAX_PER_EMAIL,
      linkMaxPerIp: env.PORTAL_LINK_MAX_PER_IP,
      linkWindowSeconds: env.PORTAL_LINK_WINDOW_SECONDS,
      minResponseMs: env.PORTAL_SIGN_IN_MIN_RESPONSE_MS,
      sessionTtlSeconds: env.PORTAL_SESSION_HOURS * 3600,
    },
    dataProtection: {
      hashKey: dataProtectionHashKey(env),
      retention: {
        cron: env.RETENTION_CRON,
        unverifiedSignatureDays: env.RETENTION_UNVERIFIED_SIGNATURE_DAYS,
        endedPartnerContactYears: env.RETENTION_ENDED_PARTNER_CONTACT_YEARS,
        sentMailBodyDays: env.RETENTION_SENT_MAIL_BODY_DAYS,
      },
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
