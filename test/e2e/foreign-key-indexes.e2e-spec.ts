import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';

/**
 * Every foreign key of the migrated schema, with whether an index can serve it: a non-partial index whose leading
 * columns are the key's columns (in any order). Without one, deleting or re-keying a referenced row scans the
 * referencing table once per row (the partner import benchmark's cleanup ran for minutes on partner_import_rows).
 */
const FOREIGN_KEYS = `
  SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint",
         array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n), ', ') AS columns,
         c.confrelid::regclass::text AS "references",
         EXISTS (SELECT 1 FROM pg_index i
                  WHERE i.indrelid = c.conrelid AND i.indpred IS NULL
                    AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                    AND c.conkey @> (i.indkey::int2[])[0:cardinality(c.conkey) - 1]) AS indexed
    FROM pg_constraint c
   WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
   ORDER BY 1, 3`;

interface ForeignKey {
  table: string;
  constraint: string;
  columns: string;
  references: string;
  indexed: boolean;
}

describe('foreign key indexes', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(loadConfigFromProcess(), { poolSize: 1 }));
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('every foreign key of the migrated schema has an index leading with its columns', async () => {
    const keys: ForeignKey[] = await dataSource.query(FOREIGN_KEYS);
    // The query must see the schema: an empty catalog would pass vacuously.
    expect(keys.filter((key) => key.table === 'partner_import_rows' && key.columns === 'partner_id')).toHaveLength(1);
    const unindexed = keys.filter((key) => !key.indexed).map((key) => `${key.table} (${key.columns}) → ${key.references} [${key.constraint}]`);
    expect(unindexed).toEqual([]);
  });
});
