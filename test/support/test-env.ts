/** Configuration every test app starts from; SMTP_URL and DATABASE_URL are filled in per run. */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  DATA_PROTECTION_HASH_KEY: 'test-hash-key-test-hash-key-test-hash-key-0123',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  LOG_LEVEL: 'info',
  PUBLIC_BASE_URL: 'http://crm.test',
  LOGIN_MAX_PER_ACCOUNT: '5',
  LOGIN_MAX_PER_IP: '1000',
  PASSWORD_RESET_MAX_PER_IP: '1000',
  PORTAL_LINK_MAX_PER_IP: '1000',
  // Rate-limit rows outlive a file in its worker's database; tests of the signing limit set their own.
  PLEDGE_SIGN_MAX_PER_IP: '1000',
  WORKER_CONCURRENCY: '2',
  SHUTDOWN_TIMEOUT_MS: '10000',
  // Below the shutdown timeout (the config insists); transient failures retried after half a second, then doubling.
  MAIL_SEND_TIMEOUT_MS: '5000',
  MAIL_RETRY_BASE_DELAY_MS: '500',
  // Tests publish when they mean to; the first-boot publication has its own test.
  PUBLISH_AT_FIRST_BOOT: 'false',
};
