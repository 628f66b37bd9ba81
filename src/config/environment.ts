import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const urlOptions = { require_tld: false, require_protocol: true };

/**
 * Every environment variable the product reads. Each property's doc comment, validators and default are the source
 * of docs/configuration.md (`npm run docs:config` writes it; a unit test fails when it is stale).
 */
export class EnvironmentVariables {
  /**
   * `development`, `test` or `production`. `test` ignores `.env` (a developer's settings never change a test run);
   * `production` makes `DATA_PROTECTION_HASH_KEY` required.
   */
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** Port the API listens on (`0` picks a free one). */
  @IsInt() @Min(0) @Max(65535)
  @Transform(({ value }) => Number(value))
  PORT = 3000;

  /** Address the API binds to. */
  @IsString()
  HOST = '0.0.0.0';

  /**
   * Number of reverse proxies in front of the API whose `X-Forwarded-For` is trusted for the client IP (0 = none).
   * Behind a proxy, set it, or every client shares the proxy's per-IP limits.
   */
  @IsInt() @Min(0) @Max(10) @Transform(({ value }) => Number(value))
  TRUST_PROXY_HOPS = 0;

  /**
   * Public URL of the API, used for links in emails and the signing pages' same-origin check (a trailing `/` is
   * removed).
   */
  @IsUrl({ ...urlOptions, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /**
   * The staff app's build (`npm run build` writes it), served at `/app/`; a relative path is from the working
   * directory.
   */
  @IsString() @MinLength(1)
  WEB_APP_DIR = 'web/dist';

  /**
   * PostgreSQL connection URL (`postgres://` or `postgresql://`) of the app's pool, in the API and the worker. May
   * be PgBouncer in transaction mode: nothing on this pool keeps session state (see
   * [Through PgBouncer](operations.md#through-pgbouncer)).
   */
  @IsUrl({ ...urlOptions, protocols: ['postgres', 'postgresql'], require_port: false })
  DATABASE_URL: string;

  /**
   * A direct connection to PostgreSQL, never through a transaction-mode pooler, for what holds a session: the
   * PostgreSQL queue backend (`LISTEN`, session advisory locks, `search_path` at connect), the publication cache's
   * `LISTEN` and the workers' scheduler lock. Unset: `DATABASE_URL`.
   */
  @IsOptional() @IsUrl({ ...urlOptions, protocols: ['postgres', 'postgresql'], require_port: false })
  DATABASE_DIRECT_URL?: string;

  /**
   * `true`: the app's database pool and the direct connections (`DATABASE_DIRECT_URL`) connect with TLS and verify
   * the server certificate.
   */
  @IsBoolean() @Transform(toBoolean)
  DATABASE_SSL = false;

  /**
   * Maximum connections in each process's TypeORM pool; the PostgreSQL queue backend has a pool of its own of the
   * same size.
   */
  @IsInt() @Min(1) @Max(200) @Transform(({ value }) => Number(value))
  DATABASE_POOL_SIZE = 10;

  /** `true`: each process runs pending migrations as it starts. Prefer an explicit step (`npm run cli -- migrate`). */
  @IsBoolean() @Transform(toBoolean)
  MIGRATIONS_RUN = false;

  /**
   * A worker that finds no published partner list when it starts publishes one, so `/public/partners` answers from
   * the first start (several workers starting at once still make one version). The tests set it to `false`.
   */
  @IsBoolean() @Transform(toBoolean)
  PUBLISH_AT_FIRST_BOOT = true;

  /**
   * When set, the queues run on this Redis (`redis://` or `rediss://`) instead of PostgreSQL. Configure Redis with
   * `maxmemory-policy noeviction`.
   */
  @IsOptional() @IsUrl({ ...urlOptions, protocols: ['redis', 'rediss'], require_port: false })
  REDIS_URL?: string;

  /** Schema in the app database that holds the PostgreSQL queue backend's tables. */
  @IsString() @Matches(/^[a-z_][a-z0-9_]*$/)
  QUEUE_PG_SCHEMA = 'bullmq';

  /** Key prefix of the queues on Redis. */
  @IsString() @Matches(/^[A-Za-z0-9_-]+$/)
  QUEUE_REDIS_PREFIX = 'crm';

  /**
   * Longest an API request waits to hand a job to the queue after its data committed. Past it the request answers
   * anyway and a sweeper job enqueues the work later (e.g. the outbox relay, within about a minute).
   */
  @IsInt() @Min(50) @Max(60000) @Transform(({ value }) => Number(value))
  QUEUE_ENQUEUE_TIMEOUT_MS = 3000;

  /**
   * How often each worker checks that every recurring job still has its scheduler (lost if Redis restarts empty) and
   * restores any that are gone; also checked whenever its Redis connection comes back.
   */
  @IsInt() @Min(500) @Max(3600000) @Transform(({ value }) => Number(value))
  QUEUE_SCHEDULER_CHECK_MS = 60000;

  /** Outgoing mail server (`smtp://` or `smtps://`, credentials in the URL if needed). */
  @IsUrl({ ...urlOptions, protocols: ['smtp', 'smtps'], require_port: false })
  SMTP_URL: string;

  /** `From` header of every mail. */
  @IsString() @MinLength(3)
  MAIL_FROM = 'Partnerships Team <partnerships@example.org>';

  /**
   * Longest one SMTP send may take (connecting, greeting, each answer, and the whole send), after which it is given
   * up as a transient failure and retried. Must be below `SHUTDOWN_TIMEOUT_MS`, so a stop never waits on SMTP.
   */
  @IsInt() @Min(500) @Max(300000) @Transform(({ value }) => Number(value))
  MAIL_SEND_TIMEOUT_MS = 10000;

  /**
   * A mail claimed for sending this long ago whose worker never reported back (it crashed) is sent again, with the
   * same Message-ID. Must exceed `MAIL_SEND_TIMEOUT_MS`.
   */
  @IsInt() @Min(2) @Max(86400) @Transform(({ value }) => Number(value))
  MAIL_SEND_LEASE_SECONDS = 120;

  /**
   * Transient SMTP failures (4xx, connection errors, timeouts) are retried for this long (12 hours) after a mail was
   * written or resent; then, like a permanent 5xx, the mail is `failed` and an admin can resend it.
   */
  @IsInt() @Min(10) @Max(2592000) @Transform(({ value }) => Number(value))
  MAIL_RETRY_HORIZON_SECONDS = 43200;

  /** How often the outbox relay looks for mail whose job was lost or whose worker died mid-send. */
  @IsInt() @Min(500) @Max(3600000) @Transform(({ value }) => Number(value))
  MAIL_RELAY_EVERY_MS = 60000;

  /** First retry of a transiently failed mail after this long, doubling each time up to `MAIL_RETRY_MAX_DELAY_MS`. */
  @IsInt() @Min(100) @Max(3600000) @Transform(({ value }) => Number(value))
  MAIL_RETRY_BASE_DELAY_MS = 2000;

  /** Longest wait between two retries of a mail (10 minutes); not below `MAIL_RETRY_BASE_DELAY_MS`. */
  @IsInt() @Min(100) @Max(86400000) @Transform(({ value }) => Number(value))
  MAIL_RETRY_MAX_DELAY_MS = 600000;

  /** HS256 signing key for access tokens; at least 32 characters. */
  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  /** Access token lifetime (15 minutes). */
  @IsInt() @Min(60) @Max(3600) @Transform(({ value }) => Number(value))
  JWT_ACCESS_TTL_SECONDS = 900;

  /** Refresh token lifetime (14 days). */
  @IsInt() @Min(3600) @Transform(({ value }) => Number(value))
  REFRESH_TOKEN_TTL_SECONDS = 1209600;

  /** Login attempts allowed per account per window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  LOGIN_MAX_PER_ACCOUNT = 5;

  /** Login attempts allowed per client IP per window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  LOGIN_MAX_PER_IP = 20;

  /** Length of the sliding login rate-limit window: at most the limit in any span this long. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  LOGIN_WINDOW_SECONDS = 900;

  /** How long an invitation link (to set a first password) stays valid. A newer invitation replaces the older one. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  INVITATION_TTL_HOURS = 168;

  /** How long a "forgotten password" link stays valid. A newer link replaces the older one. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PASSWORD_RESET_TTL_MINUTES = 60;

  /** Password reset requests allowed per email address per window (counted whether or not the account exists). */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PASSWORD_RESET_MAX_PER_EMAIL = 3;

  /** Password reset requests allowed per client IP per window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PASSWORD_RESET_MAX_PER_IP = 20;

  /** Length of the (sliding) password reset rate-limit window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PASSWORD_RESET_WINDOW_SECONDS = 3600;

  /**
   * A password reset request is answered no sooner than this, so its timing does not tell whether the account
   * exists.
   */
  @IsInt() @Min(0) @Transform(({ value }) => Number(value))
  PASSWORD_RESET_MIN_RESPONSE_MS = 250;

  /**
   * Comma-separated origins allowed to call the staff API from a browser. Empty: no CORS headers. The public routes
   * (`/public/…`) allow every origin regardless.
   */
  @IsString()
  CORS_ORIGINS = '';

  /** Largest request body accepted (larger: 413); agreement documents and partner imports have limits of their own. */
  @IsInt() @Min(1024) @Transform(({ value }) => Number(value))
  BODY_LIMIT_BYTES = 1048576;

  /**
   * A client that has not sent all its request headers within this is answered 408 and cut off (slow-header
   * clients).
   */
  @IsInt() @Min(1000) @Max(120_000) @Transform(({ value }) => Number(value))
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /**
   * A client must send its whole request, body included, within this; uploads too (a 10 MB document then needs about
   * 1.4 Mbit/s: raise it for slower links).
   */
  @IsInt() @Min(5000) @Max(3_600_000) @Transform(({ value }) => Number(value))
  HTTP_REQUEST_TIMEOUT_MS = 60_000;

  /** Level of the pino JSON logs on stdout. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Jobs the worker runs at once, per queue. */
  @IsInt() @Min(1) @Max(64) @Transform(({ value }) => Number(value))
  WORKER_CONCURRENCY = 4;

  /** Completed jobs are kept this long (1 day) and at most `QUEUE_KEEP_COMPLETED_COUNT` of them per queue. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  QUEUE_KEEP_COMPLETED_SECONDS = 86400;

  /** Most completed jobs kept per queue. */
  @IsInt() @Min(0) @Max(1000000) @Transform(({ value }) => Number(value))
  QUEUE_KEEP_COMPLETED_COUNT = 1000;

  /** Failed jobs, with their error, are kept this long (14 days) and at most `QUEUE_KEEP_FAILED_COUNT` per queue. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  QUEUE_KEEP_FAILED_SECONDS = 1209600;

  /** Most failed jobs kept per queue. */
  @IsInt() @Min(0) @Max(1000000) @Transform(({ value }) => Number(value))
  QUEUE_KEEP_FAILED_COUNT = 5000;

  /**
   * A running job's lock lasts this long and is renewed at half of it. When a worker dies, its jobs go to another
   * worker once their locks lapse.
   */
  @IsInt() @Min(1000) @Max(600000) @Transform(({ value }) => Number(value))
  QUEUE_LOCK_DURATION_MS = 30000;

  /** How often each worker looks for stalled jobs (whose worker died) and hands them back to the queue. */
  @IsInt() @Min(1000) @Max(600000) @Transform(({ value }) => Number(value))
  QUEUE_STALLED_INTERVAL_MS = 30000;

  /**
   * After SIGTERM, exit with code 1 if closing has not finished by then. Give the orchestrator a longer grace
   * period.
   */
  @IsInt() @Min(1000) @Transform(({ value }) => Number(value))
  SHUTDOWN_TIMEOUT_MS = 25000;

  /** The institution's time zone: "today", run dates, due dates and cron schedules are reckoned in it. */
  @IsString() @Matches(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/)
  TIME_ZONE = 'Europe/London';

  /** When the daily reminder planner runs (5-field cron, in `TIME_ZONE`). */
  @IsString() @Matches(/^\S+( \S+){4}$/, { message: 'REMINDER_CRON must be a 5-field cron expression' })
  REMINDER_CRON = '0 7 * * *';

  /** Partners and actions due within this many days are listed as "due soon" in reminder digests. */
  @IsInt() @Min(0) @Max(90) @Transform(({ value }) => Number(value))
  REMINDER_DUE_SOON_DAYS = 14;

  /** Days before an agreement's review or renewal-notice date on which its owner is reminded (comma-separated). */
  @IsString() @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'REMINDER_AGREEMENT_OFFSETS must be comma-separated day counts' })
  REMINDER_AGREEMENT_OFFSETS = '60,30,7';

  /** Items overdue by more than this many days are escalated to the team lead. */
  @IsInt() @Min(1) @Max(3650) @Transform(({ value }) => Number(value))
  REMINDER_ESCALATE_AFTER_DAYS = 30;

  /**
   * The team lead: every active user with this role receives escalations (unless `REMINDER_ESCALATION_USER_ID` is
   * set).
   */
  @IsIn(['admin', 'officer', 'viewer'])
  REMINDER_ESCALATION_ROLE: 'admin' | 'officer' | 'viewer' = 'admin';

  /** One named team lead (a user id): receives escalations instead of everyone with `REMINDER_ESCALATION_ROLE`. */
  @IsOptional() @IsUUID()
  REMINDER_ESCALATION_USER_ID?: string;

  /** Dialogue cadence for partners with none of their own, of their lists or of their kind. */
  @IsInt() @Min(7) @Max(730) @Transform(({ value }) => Number(value))
  DIALOGUE_DEFAULT_CADENCE_DAYS = 180;

  /**
   * The furthest a partner's dialogue reminders can be snoozed, in days from today; later: 422
   * `DIALOGUE.SNOOZE_TOO_LONG`.
   */
  @IsInt() @Min(1) @Max(730) @Transform(({ value }) => Number(value))
  DIALOGUE_SNOOZE_MAX_DAYS = 180;

  /**
   * Largest document attached to an agreement (10 MiB; larger: 413 `AGREEMENT.DOCUMENT_TOO_LARGE`); at most 100 MiB,
   * since files are kept in the database.
   */
  @IsInt() @Min(1024) @Max(104857600) @Transform(({ value }) => Number(value))
  DOCUMENT_MAX_BYTES = 10485760;

  /**
   * Largest partner CSV import file (20 MiB; larger: 413 `IMPORT.FILE_TOO_LARGE`); at most 100 MiB, since the rows
   * are kept in the database until purged.
   */
  @IsInt() @Min(1024) @Max(104857600) @Transform(({ value }) => Number(value))
  PARTNER_IMPORT_MAX_BYTES = 20971520;

  /** Most data rows in one partner CSV import file (more: 413 `IMPORT.TOO_MANY_ROWS`). */
  @IsInt() @Min(1) @Max(200000) @Transform(({ value }) => Number(value))
  PARTNER_IMPORT_MAX_ROWS = 50000;

  /**
   * Chunks of 1,000 rows an import's dry run or commit works on at once, each a transaction on its own connection:
   * the database writes one while the worker plans the next.
   */
  @IsInt() @Min(1) @Max(8) @Transform(({ value }) => Number(value))
  PARTNER_IMPORT_PARALLEL_CHUNKS = 2;

  /** Imports (their rows and per-row report) are deleted this many days after upload. */
  @IsInt() @Min(1) @Max(3650) @Transform(({ value }) => Number(value))
  PARTNER_IMPORT_RETENTION_DAYS = 30;

  /**
   * Pledge signatures accepted from one client IP per `PLEDGE_SIGN_WINDOW_SECONDS` (more: 429 `PLEDGE.RATE_LIMITED`
   * with `Retry-After`).
   */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PLEDGE_SIGN_MAX_PER_IP = 10;

  /** Length of the pledge signing rate-limit window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PLEDGE_SIGN_WINDOW_SECONDS = 600;

  /**
   * Signing mails (verification or "already signed") sent to one address per day, whatever the pledge; over the cap
   * the answer is the same and nothing is sent.
   */
  @IsInt() @Min(1) @Max(50) @Transform(({ value }) => Number(value))
  PLEDGE_MAIL_MAX_PER_EMAIL_PER_DAY = 3;

  /** The institution's name, as the privacy notice on every public page and public mail names it. */
  @IsString() @MinLength(1)
  INSTITUTION_NAME = 'The Partnerships Team';

  /** How the public contacts the institution about their data (an address or a sentence). */
  @IsString() @MinLength(1)
  INSTITUTION_CONTACT = 'partnerships@example.org';

  /** The privacy notice in brief: shown on every public and portal page and at the foot of every public mail. */
  @IsString() @MinLength(1)
  PRIVACY_NOTICE_TEXT =
    'We keep what you give us to run the partnership programme, for as long as your organisation takes part, and you can ask us to correct or delete it at any time.';

  /** Where the full privacy notice is published. */
  @IsUrl({ ...urlOptions, protocols: ['http', 'https'] })
  PRIVACY_NOTICE_URL = 'https://example.org/privacy';

  /** How long a partner portal sign-in link stays valid (it works once). */
  @IsInt() @Min(1) @Max(1440) @Transform(({ value }) => Number(value))
  PORTAL_LINK_TTL_MINUTES = 15;

  /**
   * Portal sign-in link requests allowed per email address per `PORTAL_LINK_WINDOW_SECONDS` (counted whether or not
   * the address is known; more: a "too many attempts" page with `Retry-After`).
   */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PORTAL_LINK_MAX_PER_EMAIL = 5;

  /** Portal sign-in link requests allowed per client IP per window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PORTAL_LINK_MAX_PER_IP = 20;

  /** Length of the (sliding) portal sign-in rate-limit window. */
  @IsInt() @Min(1) @Transform(({ value }) => Number(value))
  PORTAL_LINK_WINDOW_SECONDS = 3600;

  /**
   * A portal sign-in request is answered no sooner than this, so its timing does not tell whether the address is
   * known.
   */
  @IsInt() @Min(0) @Transform(({ value }) => Number(value))
  PORTAL_SIGN_IN_MIN_RESPONSE_MS = 250;

  /** How long a partner portal session lasts after sign-in (its cookie expires with it). */
  @IsInt() @Min(1) @Max(168) @Transform(({ value }) => Number(value))
  PORTAL_SESSION_HOURS = 8;

  /**
   * Key of the keyed hash (HMAC-SHA256 over the trimmed, lower-cased email) that stands in for an erased person:
   * suppression entries and redaction markers. At least 32 characters; **required in production**; elsewhere derived
   * from `JWT_SECRET` when unset. Never change it once data exists: existing suppression entries would stop
   * matching.
   */
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.DATA_PROTECTION_HASH_KEY !== undefined)
  @IsString()
  @MinLength(32, { message: 'DATA_PROTECTION_HASH_KEY must be at least 32 characters (required in production)' })
  DATA_PROTECTION_HASH_KEY?: string;

  /** When the daily retention job runs (5-field cron, in `TIME_ZONE`). */
  @IsString() @Matches(/^\S+( \S+){4}$/, { message: 'RETENTION_CRON must be a 5-field cron expression' })
  RETENTION_CRON = '30 2 * * *';

  /** Signatures never verified are deleted this many days after their last submission. */
  @IsInt() @Min(1) @Max(3650) @Transform(({ value }) => Number(value))
  RETENTION_UNVERIFIED_SIGNATURE_DAYS = 30;

  /**
   * Contacts of a partner whose relationship ended (status `ended`, or archived) are pseudonymised this many years
   * later.
   */
  @IsInt() @Min(1) @Max(100) @Transform(({ value }) => Number(value))
  RETENTION_ENDED_PARTNER_CONTACT_YEARS = 6;

  /** Bodies of sent, failed or cancelled mails are blanked this many days after sending (unsent: after writing). */
  @IsInt() @Min(1) @Max(3650) @Transform(({ value }) => Number(value))
  RETENTION_SENT_MAIL_BODY_DAYS = 90;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Parses and validates raw variables; throws naming every missing or malformed one. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''),
  );
  const env = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid'}`);
  if (problems.length === 0) problems.push(...crossFieldProblems(env));
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return env;
}

/** Rules between variables: a stop must not wait on SMTP, and a live send must not look crashed. */
function crossFieldProblems(env: EnvironmentVariables): string[] {
  const problems: string[] = [];
  if (env.MAIL_SEND_TIMEOUT_MS >= env.SHUTDOWN_TIMEOUT_MS) {
    problems.push(`MAIL_SEND_TIMEOUT_MS: must be below SHUTDOWN_TIMEOUT_MS (${env.SHUTDOWN_TIMEOUT_MS})`);
  }
  if (env.MAIL_SEND_LEASE_SECONDS * 1000 <= env.MAIL_SEND_TIMEOUT_MS) {
    problems.push(`MAIL_SEND_LEASE_SECONDS: must exceed MAIL_SEND_TIMEOUT_MS (${env.MAIL_SEND_TIMEOUT_MS} ms)`);
  }
  if (env.MAIL_RETRY_MAX_DELAY_MS < env.MAIL_RETRY_BASE_DELAY_MS) {
    problems.push('MAIL_RETRY_MAX_DELAY_MS: must not be below MAIL_RETRY_BASE_DELAY_MS');
  }
  return problems;
}
