import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction with the tables' secondary indexes and foreign keys dropped, then recreates them
 * from their own definitions (pg_get_indexdef, pg_get_constraintdef): building an index once and validating a
 * foreign key with one join is several times faster than 400k row-by-row index updates and trigger checks. DDL is
 * transactional, so a failure leaves the schema as it was. Given `randomSeed`, random() inside `work` draws from it, so
 * every run seeds the same data. Then VACUUM ANALYZE, so plans and visibility look like a settled production table.
 * Also for updating most rows of a large table (which would otherwise update every index row by row).
 */
export async function bulkLoad(
  dataSource: DataSource,
  tables: string[],
  work: (manager: EntityManager) => Promise<void>,
  randomSeed?: number,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query("SET LOCAL maintenance_work_mem = '256MB'");
    // One statement may insert a million rows: on a busy machine that can outlast the app's 30 s statement timeout.
    await manager.query('SET LOCAL statement_timeout = 0');
    if (randomSeed !== undefined) await manager.query('SELECT setseed($1)', [randomSeed]);
    const recreate = await dropIndexesAndForeignKeys(manager, tables);
    await work(manager);
    for (const statement of recreate) await manager.query(statement);
  });
  await dataSource.query(`VACUUM ANALYZE ${tables.join(', ')}`);
}

/** Returns the statements that recreate what was dropped. Indexes behind primary keys and unique constraints stay. */
async function dropIndexesAndForeignKeys(manager: EntityManager, tables: string[]): Promise<string[]> {
  const rows: { drop_sql: string; create_sql: string }[] = await manager.query(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_sql, pg_get_indexdef(i.indexrelid) AS create_sql
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
     UNION ALL
     SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])`,
    [tables],
  );
  for (const row of rows) await manager.query(row.drop_sql);
  return rows.map((row) => row.create_sql);
}
