import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { FieldChanges } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import type { DuplicateCandidate } from '../partners/partners.errors.js';
import { PartnerImport } from './partner-import.entity.js';

/** What the dry run found a row would do. `pending` until it has looked. */
/** `merged`: a later row with the external_ref of an earlier one, folded into it (alternative names, tags). */
export const IMPORT_ROW_OUTCOMES = ['pending', 'create', 'update', 'unchanged', 'duplicate', 'error', 'merged'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

/** What the commit did with a row; null until its chunk committed. */
export const IMPORT_ROW_RESULTS = ['created', 'updated', 'unchanged', 'skipped', 'merged'] as const;
export type ImportRowResult = (typeof IMPORT_ROW_RESULTS)[number];

/** A problem with a row: the CSV column it concerns (null: the whole row). */
export interface ImportRowProblem {
  column: string | null;
  messages: string[];
}

/** One data row of an uploaded file, with its dry-run outcome and commit result. */
@Entity('partner_import_rows')
@Index('partner_import_rows_outcome_idx', ['importId', 'outcome', 'rowNumber'])
export class PartnerImportRow {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => PartnerImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  partnerImport: Relation<PartnerImport>;

  /** The row as a spreadsheet numbers it: the header is row 1. */
  @PrimaryColumn({ type: 'int' })
  rowNumber: number;

  /** The physical line the record starts on (differs from rowNumber after cells with line breaks). */
  @Column({ type: 'int' })
  line: number;

  /** Column → cell text, as uploaded. */
  @Column({ type: 'jsonb' })
  cells: Record<string, string>;

  @Column({ type: 'enum', enum: IMPORT_ROW_OUTCOMES, enumName: 'partner_import_row_outcome', default: 'pending' })
  outcome: ImportRowOutcome;

  @Column({ type: 'enum', enum: IMPORT_ROW_RESULTS, enumName: 'partner_import_row_result', nullable: true })
  result: ImportRowResult | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportRowProblem[];

  /** Problems of the file itself (ragged row, overlong cell): kept when the file is mapped again. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  fileErrors: ImportRowProblem[];

  /** What the dry run noticed without refusing the row (a merge of repeated external_refs). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: ImportRowProblem[];

  /** Existing partners this row looks like (for `duplicate`). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  candidates: DuplicateCandidate[];

  /** Earlier rows of the same file this row looks like. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  duplicateRows: number[];

  /** For `update`: the fields that change, as the audit trail will record them. */
  @Column({ type: 'jsonb', nullable: true })
  changes: FieldChanges | null;

  /** The partner updated or found unchanged (dry run), or created (commit). */
  @ManyToOne(() => Partner, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  /** The partner's version the dry run saw: the commit skips the row if the partner changed since. */
  @Column({ type: 'int', nullable: true })
  partnerVersion: number | null;
}
