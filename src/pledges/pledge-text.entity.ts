import { createHash } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Pledge } from './pledge.entity.js';

/** The hash stored with a text and on every signature of it: SHA-256 of the body's UTF-8 bytes, hex. */
export function pledgeTextHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * One published wording of a pledge. Immutable once written: a trigger rejects UPDATE and DELETE,
 * so the text a signature points at is exactly the text that was signed.
 */
@Entity('pledge_texts')
@Index('pledge_texts_pledge_version_key', ['pledgeId', 'version'], { unique: true })
export class PledgeText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Pledge, { nullable: false })
  @JoinColumn({ name: 'pledge_id' })
  pledge: Relation<Pledge>;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
