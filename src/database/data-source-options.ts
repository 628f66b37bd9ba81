import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** One definition of the database connection, shared by the app, the worker, the CLIs and tests. */
export function dataSourceOptions(config: AppConfig, overrides: { poolSize?: number; url?: string } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: overrides.url ?? config.database.url,
    ssl: config.database.ssl ? { rejectUnauthorized: true } : false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL ≥ 13; extensions are created by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // TypeORM's logger prints query parameters (personal data, hashes): errors surface through the filter instead.
    logging: false,
    extra: {
      max: overrides.poolSize ?? config.database.poolSize,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      statement_timeout: 30000,
      application_name: 'partnership-crm',
    },
  };
}
