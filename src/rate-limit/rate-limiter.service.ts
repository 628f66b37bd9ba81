import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RateLimitClock } from './rate-limit-clock.js';

export interface RateLimitVerdict {
  allowed: boolean;
  /** When refused: seconds until the next attempt would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/** How a (scope, subject) pair is stored: hashed, so no email or IP address is kept. */
export function rateLimitKeyHash(scope: string, subject: string): string {
  return createHash('sha256').update(`${scope}\u0000${subject}`).digest('hex');
}

interface HitRow {
  at: Date;
  hits: number;
}

/**
 * Sliding windows in PostgreSQL, shared by every API instance: at most `limit` allowed hits in ANY span of
 * `windowSeconds` (a fixed, epoch-aligned window let 2 × limit through around its edge). Each allowed hit is a
 * row stamped with its time (rate_limit_buckets.window_start; hits > 1 only when two land on the same
 * microsecond), expiring a window later; a refused hit is not recorded, so Retry-After is exactly when the
 * oldest hit in the window leaves it. Hits for one key are serialised by an advisory lock, so concurrent
 * requests cannot both take the last place. Subjects (emails, IPs) are hashed before they are stored.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: RateLimitClock,
  ) {}

  async hit(scope: string, subject: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
    const keyHash = rateLimitKeyHash(scope, subject);
    const now = this.clock.now();
    const windowMs = windowSeconds * 1000;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [keyHash]);
      const rows: HitRow[] = await manager.query(
        `SELECT window_start AS at, hits FROM rate_limit_buckets
          WHERE key_hash = $1 AND window_start > $2 AND window_start <= $3 ORDER BY window_start`,
        [keyHash, new Date(now.getTime() - windowMs), now],
      );
      const used = rows.reduce((sum, row) => sum + row.hits, 0);
      if (used >= limit) return { allowed: false, retryAfterSeconds: retryAfter(rows, used - limit + 1, now, windowMs) };
      await manager.query(
        `INSERT INTO rate_limit_buckets (key_hash, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limit_buckets.hits + 1`,
        [keyHash, now, new Date(now.getTime() + windowMs)],
      );
      return { allowed: true, retryAfterSeconds: 0 };
    });
  }
}

/** Seconds until `excess` of the oldest hits have left the window (so one more fits). */
function retryAfter(rows: readonly HitRow[], excess: number, now: Date, windowMs: number): number {
  let left = excess;
  for (const row of rows) {
    left -= row.hits;
    if (left <= 0) return Math.max(1, Math.ceil((new Date(row.at).getTime() + windowMs - now.getTime()) / 1000));
  }
  return Math.max(1, Math.ceil(windowMs / 1000));
}
