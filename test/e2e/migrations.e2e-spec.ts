import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { DataProtection1795429225675 } from '../../migrations/1795429225675-DataProtection.js';
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

  it('the data-protection migration turns the consent flags held before into events, and dates ended partners', async () => {
    const url = await createDatabase(process.env.CRM_TEST_DATABASE_URL ?? '', `crm_test_${process.pid}_backfill`);
    const options = dataSourceOptions(loadConfigFromProcess(), { poolSize: 2, url });
    const earlier = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(DataProtection1795429225675)) });
    await earlier.initialize();
    try {
      await earlier.runMigrations({ transaction: 'each' });
      const [{ staff }] = await earlier.query(`INSERT INTO users (email, display_name, password_hash, role) VALUES ('backfill@staff.test', 'Staff', 'x', 'officer') RETURNING id AS staff`);
      const partner = async (extra: string, values: unknown[]): Promise<string> =>
        (await earlier.query(
          `INSERT INTO partners (name, normalized_name, kind_id, area_id, version ${extra ? `, ${extra}` : ''})
           SELECT 'Backfill ' || gen_random_uuid(), 'backfill', k.id, a.id, 1 ${values.map((_, i) => `, $${i + 1}`).join('')}
             FROM reference_entries k, reference_entries a WHERE k.category = 'organisation-kind' AND a.category = 'area' LIMIT 1
           RETURNING id`,
          values,
        ))[0].id;
      await partner('public_listing_consent, public_listing_consent_at, public_listing_consent_by', [true, '2024-05-01T10:00:00Z', staff]);
      const ended = await partner('status, updated_at', ['ended', '2024-09-01T00:00:00Z']);
      await earlier.query(
        `INSERT INTO audit_entries (entity_type, entity_id, action, occurred_at, changes) VALUES ('partner', $1, 'updated', '2024-06-30T12:00:00Z', $2)`,
        [ended, JSON.stringify({ status: { before: 'active', after: 'ended' } })],
      );
      await earlier.query(
        `INSERT INTO contacts (full_name, communication_preferences, version, created_at)
         VALUES ('Backfill Person', '{"email": true, "phone": false, "post": false, "newsletter": true, "events": false}', 1, '2024-01-01T00:00:00Z')`,
      );
      await earlier.query(
        `INSERT INTO signatures (pledge_id, pledge_text_id, text_version, text_sha256, status, listing_consent, listing_consent_at, submitted_at, withdrawn_at)
         SELECT p.id, t.id, t.version, t.sha256, 'withdrawn', false, '2024-02-01T00:00:00Z', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'
           FROM pledges p JOIN pledge_texts t ON t.pledge_id = p.id WHERE p.slug = 'city-plan' LIMIT 1`,
      );
    } finally {
      await earlier.destroy();
    }
    const current = new DataSource(options);
    await current.initialize();
    try {
      await current.runMigrations({ transaction: 'each' });
      const events = await current.query(
        `SELECT subject_type, purpose, action, source, actor_id IS NOT NULL AS by_staff, wording_version, occurred_at
           FROM consent_events ORDER BY subject_type, purpose, occurred_at`,
      );
      const row = (type: string, purpose: string, action: string) => events.find((e: Record<string, string>) => e.subject_type === type && e.purpose === purpose && e.action === action);
      expect(events.every((e: { source: string }) => e.source === 'migration')).toBe(true);
      expect(row('partner', 'public-listing', 'given')).toMatchObject({ by_staff: true, occurred_at: new Date('2024-05-01T10:00:00Z') });
      expect(row('contact', 'communications.email', 'given')).toBeDefined();
      expect(row('contact', 'communications.newsletter', 'given')).toBeDefined();
      expect(row('contact', 'communications.phone', 'given')).toBeUndefined();
      expect(row('signature', 'pledge-signature', 'given')?.wording_version).toMatch(/^city-plan\/v\d+\/sha256:[0-9a-f]{64}$/);
      expect(row('signature', 'name-display', 'given')).toMatchObject({ wording_version: 'individual-name-display/v1' });
      expect(row('signature', 'name-display', 'withdrawn')).toMatchObject({ occurred_at: new Date('2024-03-01T00:00:00Z') });
      expect(row('signature', 'pledge-signature', 'withdrawn')).toBeDefined();
      const [partner] = await current.query(`SELECT ended_at FROM partners WHERE status = 'ended'`);
      expect(partner.ended_at).toEqual(new Date('2024-06-30T12:00:00Z'));
    } finally {
      await current.destroy();
      await dropDatabase(url);
    }
  });
});
