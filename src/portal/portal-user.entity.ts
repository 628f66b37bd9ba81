import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';

export const PORTAL_USER_STATUSES = ['active', 'pending', 'rejected'] as const;
export type PortalUserStatus = (typeof PORTAL_USER_STATUSES)[number];

/**
 * Why someone may use the portal for an organisation: a recorded contact, the signer of its PACT signature,
 * invited by staff, a claim from an address on the organisation's website domain, or a claim staff approved.
 */
export const PORTAL_ACCESS_BASES = ['contact', 'signer', 'invited', 'domain', 'reviewed'] as const;
export type PortalAccessBasis = (typeof PORTAL_ACCESS_BASES)[number];

/** A person who uses (or asked to use) the partner portal for one organisation. Owned by the portal feature. */
@Entity('portal_users')
@Index('portal_users_partner_email_key', ['partnerId', 'emailKey'], { unique: true })
export class PortalUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Partner, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner>;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The address trimmed and lower-cased: what sign-in matches on. */
  @Column({ type: 'varchar', length: 320 })
  emailKey: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  displayName: string | null;

  @Index()
  @ManyToOne(() => Contact, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact> | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'enum', enum: PORTAL_USER_STATUSES, enumName: 'portal_user_status' })
  status: PortalUserStatus;

  @Column({ type: 'varchar', length: 20 })
  basis: PortalAccessBasis;

  /** What a claim said for itself (shown to the staff who decide it). */
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
