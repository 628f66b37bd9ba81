import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * Independent of the product's own search (a plain case-insensitive substring match, stricter than its
 * whole-word matching): where does a value still appear in the database or the queue backend?
 */

export interface StoredText {
  source: string;
  text: string;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<T>;
}

/** Rows of every table of a schema, each as JSON text (every column, whatever its type). */
export async function schemaTexts(db: Queryable, schema: string): Promise<StoredText[]> {
  const tables = await db.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const texts: StoredText[] = [];
  for (const { table_name: table } of tables) {
    const rows = await db.query<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM ${quote(schema)}.${quote(table)} t`);
    texts.push(...rows.map((r) => ({ source: `${schema}.${table}`, text: r.row })));
  }
  return texts;
}

/** Every text, varchar, char, json(b) and array column of every table in the schema that contains one of the needles. */
export async function findInTextColumns(db: Queryable, needles: readonly string[], schema = 'public'): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = $1 AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
    [schema],
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.query<{ needle: string }[]>(
      `SELECT DISTINCT n.needle FROM ${quote(schema)}.${quote(table)} t, unnest($1::text[]) AS n(needle)
        WHERE strpos(lower(t.${quote(column)}::text), lower(n.needle)) > 0`,
      [needles],
    );
    found.push(...rows.map((r) => `${schema}.${table}.${column}: ${r.needle}`));
  }
  return found;
}

/** The PostgreSQL queue backend's rows (job data, return values, failure reasons, events...), if the schema exists. */
export async function postgresQueueTexts(databaseUrl: string, schema = 'bullmq'): Promise<StoredText[]> {
  // A single client, not a pool: its end() waits for the connection to close, so the database can be dropped next.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const db: Queryable = { query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T };
    return (await schemaTexts(db, schema)).filter((t) => !t.source.endsWith('.migration'));
  } finally {
    await client.end();
  }
}

/** Every key under a Redis queue prefix, with its values (hash fields, list items, stream events...). */
export async function redisQueueTexts(redisUrl: string, prefix: string): Promise<StoredText[]> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  try {
    const texts: StoredText[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) texts.push({ source: `redis ${key}`, text: `${key} ${JSON.stringify(await redisValue(redis, key))}` });
    } while (cursor !== '0');
    return texts;
  } finally {
    redis.disconnect();
  }
}

async function redisValue(redis: Redis, key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case 'hash':
      return redis.hgetall(key);
    case 'string':
      return redis.get(key);
    case 'list':
      return redis.lrange(key, 0, -1);
    case 'set':
      return redis.smembers(key);
    case 'zset':
      return redis.zrange(key, 0, -1);
    case 'stream':
      return redis.xrange(key, '-', '+');
    default:
      return null;
  }
}
