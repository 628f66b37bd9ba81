import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { QuarterFigures } from './dto/figures.response.js';
import type { ActivitySnapshot } from './dto/quarterly-update.response.js';

/**
 * A frozen quarter: every activity's status and latest progress, and the quarter's figures, as they
 * were when an admin froze it. A database trigger refuses any change but publishing it (once) and any
 * delete, so later edits of activities never change a frozen quarter.
 */
@Entity('quarterly_updates')
export class QuarterlyUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. `2026-Q3`: frozen once. */
  @Index('quarterly_updates_quarter_key', { unique: true })
  @Column({ type: 'varchar', length: 7 })
  quarter: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'timestamptz' })
  frozenAt: Date;

  @Column({ type: 'uuid', nullable: true })
  frozenBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'jsonb' })
  activities: ActivitySnapshot[];

  @Column({ type: 'jsonb' })
  figures: QuarterFigures;

  /** Why it was frozen before the quarter ended (null when it had ended); the report shows it. */
  @Column({ type: 'text', nullable: true })
  earlyReason: string | null;

  /** Whether the public report and JSON may name the staff who own activities (an admin's choice when freezing). */
  @Column({ type: 'boolean', default: false })
  showStaffNames: boolean;

  /** SHA-256 of the frozen content (activities and figures), for citing a quarter exactly. */
  @Column({ type: 'char', length: 64 })
  sha256: string;
}
