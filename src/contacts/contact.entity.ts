import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Partner } from '../partners/partner.entity.js';

/** UK GDPR Article 6 lawful bases. */
export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export interface CommunicationPreferences {
  email: boolean;
  phone: boolean;
  post: boolean;
  newsletter: boolean;
  events: boolean;
}

export const DEFAULT_COMMUNICATION_PREFERENCES: CommunicationPreferences = {
  email: true,
  phone: true,
  post: false,
  newsletter: false,
  events: false,
};

/** A person at a partner organisation. */
@Entity('contacts')
// At most one primary contact per organisation among live contacts.
@Index('contacts_one_primary_per_partner', ['partnerId'], { unique: true, where: 'is_primary AND archived_at IS NULL' })
@Index('contacts_partner_name_idx', ['partnerId', 'fullName', 'id'])
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Partner, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  jobTitle: string | null;

  @Index()
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  @Column({ type: 'enum', enum: LAWFUL_BASES, enumName: 'lawful_basis', default: 'legitimate-interests' })
  lawfulBasis: LawfulBasis;

  /** Always written in full by the service (defaults in DEFAULT_COMMUNICATION_PREFERENCES). */
  @Column({ type: 'jsonb' })
  communicationPreferences: CommunicationPreferences;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** When the person was erased or pseudonymised by retention: the row stays (counts, meetings) but names no one. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
