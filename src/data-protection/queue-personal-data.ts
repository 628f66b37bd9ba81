import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { QueueBackend } from '../queue/queue-backend.js';
import { storedSpellings, termsPgPattern, termsRegExp } from './personal-terms.js';

interface QueueColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Job payloads carry ids only, so the queues should hold nothing about a person. Should a payload, a return value
 * or a failure reason ever have captured one of their values, erasure replaces it with the marker here: in the
 * PostgreSQL backend's tables (same database, same transaction as the rest of the erasure) or in every Redis key
 * under the queue prefix (hash fields, strings and list items rewritten; stream events that mention them deleted).
 */
@Injectable()
export class QueuePersonalData {
  constructor(
    private readonly backend: QueueBackend,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get usesRedis(): boolean {
    return this.backend.kind === 'redis';
  }

  /** Rewrites mentions in every text and json column (but keys) of the queue schema, if it exists. Returns cells changed. */
  async scrubPostgres(manager: EntityManager, terms: readonly string[], marker: string): Promise<number> {
    const pattern = termsPgPattern(storedSpellings(terms));
    if (!pattern) return 0;
    const schema = this.config.queue.pgSchema;
    let changed = 0;
    for (const { table_name: table, column_name: column, data_type: type } of await this.columns(manager, schema)) {
      const cast = type === 'jsonb' || type === 'json' ? `::${type}` : '';
      const [, count] = await manager.query<[unknown, number]>(
        `UPDATE ${quote(schema)}.${quote(table)} SET ${quote(column)} = regexp_replace(${quote(column)}::text, $1, $2, 'gi')${cast}
          WHERE ${quote(column)}::text ~* $1`,
        [pattern, marker],
      );
      changed += count;
    }
    return changed;
  }

  /** Every key under the queue prefix. Returns the values rewritten or events deleted (with dryRun: that would be). */
  async scrubRedis(terms: readonly string[], marker: string, { dryRun = false } = {}): Promise<number> {
    const pattern = termsRegExp(storedSpellings(terms));
    if (!pattern || !this.usesRedis) return 0;
    const redis = this.backend.redisClient();
    let changed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.config.queue.redisPrefix}:*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) changed += await scrubKey(redis, key, pattern, marker, dryRun);
    } while (cursor !== '0');
    return changed;
  }

  private columns(manager: EntityManager, schema: string): Promise<QueueColumn[]> {
    return manager.query<QueueColumn[]>(
      `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = $1 AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')
          AND NOT EXISTS (
                SELECT 1 FROM information_schema.table_constraints tc
                  JOIN information_schema.key_column_usage k
                    ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name
                 WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = c.table_schema
                   AND tc.table_name = c.table_name AND k.column_name = c.column_name)
        ORDER BY c.table_name, c.ordinal_position`,
      [schema],
    );
  }
}

async function scrubKey(redis: Redis, key: string, pattern: RegExp, marker: string, dryRun: boolean): Promise<number> {
  const replace = (value: string): string => value.replace(pattern, marker);
  const mentions = (value: string): boolean => replace(value) !== value;
  switch (await redis.type(key)) {
    case 'hash': {
      const fields = Object.entries(await redis.hgetall(key)).filter(([, value]) => mentions(value));
      if (!dryRun) for (const [field, value] of fields) await redis.hset(key, field, replace(value));
      return fields.length;
    }
    case 'string': {
      const value = await redis.get(key);
      if (value === null || !mentions(value)) return 0;
      if (!dryRun) await redis.set(key, replace(value), 'KEEPTTL');
      return 1;
    }
    case 'list': {
      const items = await redis.lrange(key, 0, -1);
      let changed = 0;
      for (const [index, item] of items.entries()) {
        if (!mentions(item)) continue;
        if (!dryRun) await redis.lset(key, index, replace(item));
        changed += 1;
      }
      return changed;
    }
    case 'stream': {
      // Events are notifications already delivered; one that names the person is dropped, not rewritten.
      const entries = await redis.xrange(key, '-', '+');
      const ids = entries.filter(([, fields]) => fields.some(mentions)).map(([id]) => id);
      if (ids.length > 0 && !dryRun) await redis.xdel(key, ...ids);
      return ids.length;
    }
    default:
      return 0;
  }
}
