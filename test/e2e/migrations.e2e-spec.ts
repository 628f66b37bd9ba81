import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { createDatabase, dropDatabase } from '../support/test-database.js';

describe('schema migrations', () => {
  let migrated: DataSource;

  beforeAll(async () => {
    migrated = new DataSource(dataSourceOptions(loadConfigFromProcess(), { poolSize: 2 }));
    await migrated.initialize();
  });
  afterAll(() => migrated.destroy());

  it('entities and migrations agree: generating a migration on the migrated database yields nothing', async () => {
    const pending = await migrated.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('lists every file in migrations/ exactly once, in timestamp order', () => {
    const files = readdirSync(new URL('../../migrations/', import.meta.url))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/^(\d+)-(\w+)\.ts$/, '$2$1'))
      .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
  });

  it('every migration can be reverted and re-applied on a fresh database', async () => {
    const url = await createDatabase(process.env.CRM_TEST_DATABASE_URL ?? '', `crm_test_${process.pid}_down`);
    const scratch = new DataSource(dataSourceOptions(loadConfigFromProcess(), { poolSize: 2, url }));
    await scratch.initialize();
    try {
      await scratch.runMigrations({ transaction: 'each' });
      for (let i = 0; i < MIGRATIONS.length; i++) await scratch.undoLastMigration({ transaction: 'each' });
      const left: { table_name: string }[] = await scratch.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(left).toEqual([]);
      const applied = await scratch.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await scratch.destroy();
      await dropDatabase(url);
    }
  });
});
