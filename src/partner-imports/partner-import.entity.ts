import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import type { ImportMapping } from './mapping/import-mapping.js';
import type { RowDecisions } from './jobs/row-decisions.js';

export const IMPORT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/**
 * (mapping →) validating → validated → committing → committed. A file whose header is not the
 * product's own waits in `mapping` until its columns are mapped; a validated import may be mapped
 * again (the dry run runs again). A job that gives up marks the import `failed`; a commit that
 * failed may be started again (it resumes where it stopped).
 */
export const PARTNER_IMPORT_STATUSES = ['validating', 'validated', 'committing', 'committed', 'failed', 'mapping'] as const;
export type PartnerImportStatus = (typeof PARTNER_IMPORT_STATUSES)[number];

/** What a commit does with rows that look like existing partners (or earlier rows of the file). */
export const DUPLICATE_POLICIES = ['skip', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** One uploaded partner CSV file: its dry run, then its commit. The rows are in partner_import_rows. */
@Entity('partner_imports')
@Index('partner_imports_created_idx', ['createdAt', 'id'])
export class PartnerImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PARTNER_IMPORT_STATUSES, enumName: 'partner_import_status', default: 'validating' })
  status: PartnerImportStatus;

  /** As the uploader named it (sanitised); only shown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  /** Hex SHA-256 of the uploaded bytes. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  /** The file's columns, in its order. Columns it lacks are left alone on update. */
  @Column({ type: 'text', array: true })
  columns: string[];

  /** How the file's bytes were read (detected, or chosen at upload). */
  @Column({ type: 'varchar', length: 20, default: 'utf-8' })
  encoding: ImportEncoding;

  /** The cell separator detected: , ; tab or |. */
  @Column({ type: 'varchar', length: 1, default: ',' })
  delimiter: string;

  /** File column → partner field, and file values → codes; null until mapped (a file in the product's own columns maps itself). */
  @Column({ type: 'jsonb', nullable: true })
  mapping: ImportMapping | null;

  /** Per-row choices made at commit for rows that look like existing partners (row number → decision). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  rowDecisions: RowDecisions;

  /** Data rows (blank lines not counted). */
  @Column({ type: 'int' })
  totalRows: number;

  /** Chosen when the commit is requested. */
  @Column({ type: 'enum', enum: DUPLICATE_POLICIES, enumName: 'partner_import_duplicate_policy', nullable: true })
  duplicatePolicy: DuplicatePolicy | null;

  /** How many times a commit was started; part of the commit job's id, so a retried commit is a new job. */
  @Column({ type: 'int', default: 0 })
  commitAttempts: number;

  /** Why the last job gave up (a code and a message; no personal data). */
  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'committed_by' })
  committer: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  committedBy: string | null;

  /** Touched by every chunk a job finishes: an import in progress whose heartbeat stops is resumed. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  heartbeatAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  commitStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  /** Moves with every status change: the commit's If-Match names the dry run the user reviewed. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
