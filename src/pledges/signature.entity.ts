import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { LAWFUL_BASES, type LawfulBasis } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { PledgeText } from './pledge-text.entity.js';
import { Pledge } from './pledge.entity.js';

/**
 * submitted: waiting for the email link (never counted, purged after 30 days); verified: confirmed by
 * email, waiting for staff; approved / rejected / suspended: staff decisions; withdrawn: by the signer.
 */
export const SIGNATURE_STATUSES = ['submitted', 'verified', 'approved', 'rejected', 'suspended', 'withdrawn'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** The status words the public may see about a signature. */
export const PUBLIC_SIGNATURE_STATUSES: readonly SignatureStatus[] = ['verified', 'approved', 'suspended', 'withdrawn'];

/**
 * One signature of a pledge text, with its evidence: the text version and hash signed, the time of each
 * event, and the IP address and user agent at submission and at verification. Withdrawn individual
 * endorsements keep only a tombstone (no personal fields) so counts stay honest.
 */
@Entity('signatures')
// One live signature per pledge and address: parallel or repeated submissions collapse into it.
@Index('signatures_pledge_email_key', ['pledgeId', 'emailHash'], { unique: true, where: `status <> 'withdrawn' AND email_hash IS NOT NULL` })
@Index('signatures_status_submitted_idx', ['status', 'submittedAt', 'id'])
@Index('signatures_pledge_version_idx', ['pledgeId', 'textVersion'])
@Index('signatures_verified_idx', ['verifiedAt'], { where: 'verified_at IS NOT NULL' })
@Index('signatures_submitted_idx', ['submittedAt'])
export class Signature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Pledge, { nullable: false })
  @JoinColumn({ name: 'pledge_id' })
  pledge: Relation<Pledge>;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeText, { nullable: false })
  @JoinColumn({ name: 'pledge_text_id' })
  pledgeText: Relation<PledgeText>;

  @Index()
  @Column({ type: 'uuid' })
  pledgeTextId: string;

  /** Copies of the signed text's version and hash: the evidence reads on its own. */
  @Column({ type: 'int' })
  textVersion: number;

  @Column({ type: 'char', length: 64 })
  textSha256: string;

  @Column({ type: 'enum', enum: SIGNATURE_STATUSES, enumName: 'signature_status', default: 'submitted' })
  status: SignatureStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  organisationName: string | null;

  @ManyToOne(() => ReferenceEntry, { nullable: true })
  @JoinColumn({ name: 'organisation_kind_id' })
  organisationKind: Relation<ReferenceEntry> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationKindId: string | null;

  @ManyToOne(() => ReferenceEntry, { nullable: true })
  @JoinColumn({ name: 'area_id' })
  area: Relation<ReferenceEntry> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  areaId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  companyNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  charityNumber: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signerJobTitle: string | null;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** SHA-256 of the lower-cased email: the per-pledge uniqueness key and rate-limit subject. */
  @Column({ type: 'char', length: 64, nullable: true })
  emailHash: string | null;

  /** The signer stated they have authority to sign for the organisation. */
  @Column({ type: 'boolean', default: false })
  authorityConfirmed: boolean;

  /** Organisations: to be listed publicly. Individuals: to show their name. Never pre-ticked. */
  @Column({ type: 'boolean', default: false })
  listingConsent: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  listingConsentAt: Date | null;

  /** Why the signer's personal data is held: their consent, given by signing (withdrawn by withdrawing). */
  @Column({ type: 'enum', enum: LAWFUL_BASES, enumName: 'lawful_basis', default: 'consent' })
  lawfulBasis: LawfulBasis;

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'signature_commitments', joinColumn: { name: 'signature_id' }, inverseJoinColumn: { name: 'reference_id' } })
  commitments: Relation<ReferenceEntry>[];

  /** Set on approval of an organisation's signature. */
  @Index()
  @ManyToOne(() => Partner, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'inet', nullable: true })
  submittedIp: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  submittedUserAgent: string | null;

  @Column({ type: 'inet', nullable: true })
  verifiedIp: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  verifiedUserAgent: string | null;

  /** The latest submission (a repeat before verification replaces the details). */
  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** When a withdrawn individual's personal fields were erased. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** The staff user of the last review decision. */
  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  /** Why it was rejected or suspended. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
