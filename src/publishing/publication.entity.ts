import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One published version of the public partner list and of the pledges' signatories, taken together:
 * counts, a content hash, and the response bodies pre-serialized (partners as JSON and CSV, signatories
 * as JSON, JSON also gzip- and brotli-compressed) so serving them needs no per-request serialization.
 */
@Entity('publications')
export class Publication {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;

  /** SHA-256 of the partner entries and the signatories (not of the version or time), to detect a run with nothing new. */
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

  /** Signatories listed by name, over every pledge. */
  @Column({ type: 'int', default: 0 })
  signatoryCount: number;

  /** The signatories document; null in versions published before it existed. */
  @Column({ type: 'bytea', nullable: true })
  signatoriesJson: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  signatoriesJsonGzip: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  signatoriesJsonBrotli: Buffer | null;
}
