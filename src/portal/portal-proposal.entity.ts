import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { PortalUser } from './portal-user.entity.js';

export const PORTAL_PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type PortalProposalStatus = (typeof PORTAL_PROPOSAL_STATUSES)[number];

/** The listing fields an organisation may propose to change from the portal. */
export interface ListingFields {
  name?: string;
  description?: string | null;
  website?: string | null;
  /** Reference-data `area` code. */
  area?: string;
  publicFields?: string[];
}

/** A change to its public listing an organisation proposed in the portal, waiting for (or decided by) staff. */
@Entity('portal_proposals')
@Index('portal_proposals_pending_idx', ['createdAt', 'id'], { where: `status = 'pending'` })
export class PortalProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @ManyToOne(() => Partner, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner>;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Index()
  @ManyToOne(() => PortalUser, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'portal_user_id' })
  portalUser: Relation<PortalUser> | null;

  @Column({ type: 'uuid', nullable: true })
  portalUserId: string | null;

  /** The listing as the proposer saw it. */
  @Column({ type: 'jsonb' })
  before: ListingFields;

  /** Only the fields the proposer changed. */
  @Column({ type: 'jsonb' })
  changes: ListingFields;

  /** What staff applied (the proposal, or their edit of it). */
  @Column({ type: 'jsonb', nullable: true })
  applied: ListingFields | null;

  @Column({ type: 'enum', enum: PORTAL_PROPOSAL_STATUSES, enumName: 'portal_proposal_status', default: 'pending' })
  status: PortalProposalStatus;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
