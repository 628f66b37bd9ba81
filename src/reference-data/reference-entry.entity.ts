import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The editable lists the product ships seeded from the strategy and the city plan. */
export const REFERENCE_CATEGORIES = [
  'area',
  'organisation-kind',
  'priority-area',
  'theme',
  'promise',
  'pact-commitment',
  'city-aim',
  'city-outcome',
  'agreement-kind',
] as const;
export type ReferenceCategory = (typeof REFERENCE_CATEGORIES)[number];

/**
 * One entry of a reference list. Its `code` is stable (APIs and imports use it); its label can be
 * renamed. A retired entry stays on old records but cannot be chosen anew.
 */
@Entity('reference_entries')
@Index('reference_entries_category_code_key', ['category', 'code'], { unique: true })
export class ReferenceEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  category: ReferenceCategory;

  @Column({ type: 'varchar', length: 80 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /** For organisation kinds: the dialogue cadence of partners of this kind without their own or a list's. */
  @Column({ type: 'int', nullable: true })
  defaultDialogueCadenceDays: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
