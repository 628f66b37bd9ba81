import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** How a (scope, subject) pair is stored: hashed, so no email or IP address is kept. */
export function rateLimitKeyHash(scope: string, subject: string): string {
  return createHash('sha256').update(`${scope}\u0000${subject}`).digest('hex');
}

/**
 * Fixed-window counters in PostgreSQL, shared by every API instance. One upsert per hit.
 * Subjects (emails, IPs) are hashed before they are stored.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(scope: string, subject: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
    const keyHash = rateLimitKeyHash(scope, subject);
    const rows: { hits: number; retry_after: number }[] = await this.dataSource.query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS start)
       INSERT INTO rate_limit_buckets (key_hash, window_start, hits, expires_at)
       SELECT $1, w.start, 1, w.start + make_interval(secs => $2) FROM w
       ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limit_buckets.hits + 1
       RETURNING hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry_after`,
      [keyHash, windowSeconds],
    );
    const { hits, retry_after } = rows[0];
    return { allowed: hits <= limit, retryAfterSeconds: Math.max(1, retry_after) };
  }
}
