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

  it('treats an empty value as missing', () => {
    expect(() => validateEnvironment({ ...valid, SMTP_URL: '' })).toThrow(/SMTP_URL/);
  });

  it('switches the queue backend to Redis when REDIS_URL is set', () => {
    const config = toAppConfig(validateEnvironment({ ...valid, REDIS_URL: 'redis://127.0.0.1:6379' }));
    expect(config.queue.redisUrl).toBe('redis://127.0.0.1:6379');
  });
});
