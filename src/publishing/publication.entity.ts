import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One published version of the public partner list: counts, a content hash, and the response
 * bodies pre-serialized (JSON and CSV, each also gzip- and brotli-compressed) so serving them
 * needs no per-request serialization.
 */
@Entity('publications')
export class Publication {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;

  /** SHA-256 of the entries (not of the version or time), to detect a run with nothing new. */
  @Index()
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'int' })
  partnerCount: number;

  @Column({ type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ type: 'bytea' })
  json: Buffer;

  @Column({ type: 'bytea' })
  jsonGzip: Buffer;

  @Column({ type: 'bytea' })
  jsonBrotli: Buffer;

  @Column({ type: 'bytea' })
  csv: Buffer;
}
