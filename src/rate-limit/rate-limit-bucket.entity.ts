import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Hits of one rate-limit key at one instant (window_start: when they were counted; see RateLimiter, a
 * sliding window over these rows), shared by every API instance. The key is a SHA-256 of the scope and
 * subject (e.g. an account or an IP), so no personal data is stored here.
 */
@Entity('rate_limit_buckets')
export class RateLimitBucket {
  @PrimaryColumn({ type: 'char', length: 64 })
  keyHash: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
