import type pg from 'pg';
import type { AppConfig } from '../config/app-config.js';

/**
 * Settings for a connection straight to PostgreSQL (DATABASE_DIRECT_URL), for work that holds session
 * state a transaction-mode pooler would hand to other clients between statements: LISTEN, session
 * advisory locks, a search_path set at connect. Everything else uses the app's pool (DATABASE_URL).
 */
export function directConnection(config: AppConfig, applicationName: string): pg.ClientConfig {
  return {
    connectionString: config.database.directUrl,
    ssl: config.database.ssl ? { rejectUnauthorized: true } : undefined,
    application_name: applicationName,
  };
}
