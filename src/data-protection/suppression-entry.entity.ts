import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Someone who was erased and must not be added again or contacted: only the keyed hash (HMAC-SHA256)
 * of their normalised email is kept, so the list itself names no one.
 */
@Entity('suppression_entries')
export class SuppressionEntry {
  @PrimaryColumn({ type: 'char', length: 64 })
  subjectHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
