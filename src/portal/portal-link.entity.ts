import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';

/** An emailed portal sign-in link for one address and one organisation: single-use, expiring; only its SHA-256 is kept. */
@Entity('portal_links')
export class PortalLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @ManyToOne(() => Partner, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner>;

  @Column({ type: 'uuid' })
  partnerId: string;

  /** Lower-cased address the link was sent to. */
  @Column({ type: 'varchar', length: 320 })
  emailKey: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
