import { describe, expect, it } from '@jest/globals';
import { toAppConfig } from '../../src/config/app-config.js';
import { ConfigValidationError, validateEnvironment } from '../../src/config/environment.js';

const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/crm',
  SMTP_URL: 'smtp://localhost:1025',
  JWT_SECRET: 'x'.repeat(32),
};

describe('configuration', () => {
  it('starts from valid variables with typed defaults', () => {
    const config = toAppConfig(validateEnvironment(valid));
    expect(config.http.port).toBe(3000);
    expect(config.queue.redisUrl).toBeUndefined();
    expect(config.auth.accessTtlSeconds).toBe(900);
  });

  it('connects direct (queue backend, LISTEN) to DATABASE_DIRECT_URL, which defaults to DATABASE_URL', () => {
    expect(toAppConfig(validateEnvironment(valid)).database).toMatchObject({ url: valid.DATABASE_URL, directUrl: valid.DATABASE_URL });
    const pooled = { ...valid, DATABASE_URL: 'postgres://u@pgbouncer:6432/crm', DATABASE_DIRECT_URL: 'postgres://u@db:5432/crm' };
    expect(toAppConfig(validateEnvironment(pooled)).database).toMatchObject({ url: pooled.DATABASE_URL, directUrl: pooled.DATABASE_DIRECT_URL });
    expect(() => validateEnvironment({ ...valid, DATABASE_DIRECT_URL: 'mysql://db/crm' })).toThrow(/DATABASE_DIRECT_URL/);
  });

  it('refuses to start and names every missing or malformed variable', () => {
    const attempt = (): unknown => validateEnvironment({ ...valid, DATABASE_URL: undefined, PORT: 'eighty', JWT_SECRET: 'short' });
    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('PORT');
      expect(message).toContain('JWT_SECRET');
    }
  });

  it('keeps the SMTP send timeout below the shutdown timeout, and the send lease above it', () => {
    expect(toAppConfig(validateEnvironment(valid)).mail).toMatchObject({ sendTimeoutMs: 10000, leaseSeconds: 120, retry: { horizonSeconds: 43200 } });
    expect(() => validateEnvironment({ ...valid, MAIL_SEND_TIMEOUT_MS: '25000', SHUTDOWN_TIMEOUT_MS: '25000' })).toThrow(
      /MAIL_SEND_TIMEOUT_MS: must be below SHUTDOWN_TIMEOUT_MS/,
    );
    expect(() => validateEnvironment({ ...valid, MAIL_SEND_TIMEOUT_MS: '5000', MAIL_SEND_LEASE_SECONDS: '5' })).toThrow(
      /MAIL_SEND_LEASE_SECONDS: must exceed MAIL_SEND_TIMEOUT_MS/,
    );
  });

  it('treats an empty value as missing', () => {
    expect(() => validateEnvironment({ ...valid, SMTP_URL: '' })).toThrow(/SMTP_URL/);
  });

  it('switches the queue backend to Redis when REDIS_URL is set', () => {
    const config = toAppConfig(validateEnvironment({ ...valid, REDIS_URL: 'redis://127.0.0.1:6379' }));
    expect(config.queue.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('requires a data-protection hash key in production, and derives a stable one elsewhere', () => {
    expect(() => validateEnvironment({ ...valid, NODE_ENV: 'production' })).toThrow(/DATA_PROTECTION_HASH_KEY/);
    expect(() => validateEnvironment({ ...valid, NODE_ENV: 'production', DATA_PROTECTION_HASH_KEY: 'short' })).toThrow(/DATA_PROTECTION_HASH_KEY/);
    const production = toAppConfig(validateEnvironment({ ...valid, NODE_ENV: 'production', DATA_PROTECTION_HASH_KEY: 'k'.repeat(32) }));
    expect(production.dataProtection.hashKey).toBe('k'.repeat(32));
    const development = toAppConfig(validateEnvironment(valid)).dataProtection.hashKey;
    expect(development).toMatch(/^[0-9a-f]{64}$/);
    expect(toAppConfig(validateEnvironment(valid)).dataProtection.hashKey).toBe(development);
    expect(development).not.toContain(valid.JWT_SECRET);
  });

  it('reads the retention periods', () => {
    const config = toAppConfig(validateEnvironment({ ...valid, RETENTION_ENDED_PARTNER_CONTACT_YEARS: '3' }));
    expect(config.dataProtection.retention).toEqual({ cron: '30 2 * * *', unverifiedSignatureDays: 30, endedPartnerContactYears: 3, sentMailBodyDays: 90 });
    expect(() => validateEnvironment({ ...valid, RETENTION_SENT_MAIL_BODY_DAYS: '0' })).toThrow(/RETENTION_SENT_MAIL_BODY_DAYS/);
  });
});
