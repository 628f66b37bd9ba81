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
  VersionColumn,
  type IndexOptions,
  type Relation,
} from 'typeorm';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { User } from '../users/user.entity.js';
import { PartnerList } from './partner-list.entity.js';

/** TypeORM honours `synchronize: false` on indexes at runtime but leaves it out of its types. */
const MANUAL_INDEX = { synchronize: false } as IndexOptions;

export const PARTNER_STATUSES = ['prospect', 'active', 'paused', 'ended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** Partner fields that may be published when the organisation consents to public listing. */
export const PUBLIC_PROFILE_FIELDS = ['name', 'website', 'description', 'area', 'kind'] as const;
export type PublicProfileField = (typeof PUBLIC_PROFILE_FIELDS)[number];

/** An organisation the institution works with. */
@Entity('partners')
// The sort indexes, each with the columns the list filters compare (INCLUDE, which TypeORM cannot describe): created
// by hand in migrations/…-PartnerListIndexes.
@Index('partners_sort_name_idx', ['normalizedName', 'id'], MANUAL_INDEX)
@Index('partners_created_idx', ['createdAt', 'id'], MANUAL_INDEX)
@Index('partners_updated_idx', ['updatedAt', 'id'], MANUAL_INDEX)
@Index('partners_dialogue_due_idx', ['ownerId', 'dialogueDueAt', 'id'], { where: `archived_at IS NULL AND status IN ('prospect', 'active')` })
@Index('partners_team_dialogue_due_idx', ['dialogueDueAt', 'id'], { where: `archived_at IS NULL AND status IN ('prospect', 'active')` })
// Trigram index for search, created by hand in migrations/…-PartnerSearch (TypeORM cannot describe its opclass).
@Index('partners_search_trgm_idx', ['searchText'], MANUAL_INDEX)
export class Partner {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Lower-cased, punctuation and legal suffixes stripped: for sorting and duplicate detection. */
  @Column({ type: 'varchar', length: 300 })
  normalizedName: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  legalName: string | null;

  /** Other names the organisation is known by (former names, abbreviations, trading names); searched like the name. */
  @Column({ type: 'varchar', length: 300, array: true, default: () => "'{}'" })
  alternativeNames: string[];

  /**
   * Written by the database only (trigger partners_search_text, migrations/…-PartnerSearch): the name, and everything
   * search looks in, through crm_search_normalise().
   */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  searchName: string;

  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  searchText: string;

  @Index()
  @ManyToOne(() => ReferenceEntry, { nullable: false })
  @JoinColumn({ name: 'kind_id' })
  kind: Relation<ReferenceEntry>;

  @Column({ type: 'uuid' })
  kindId: string;

  @Index()
  @ManyToOne(() => ReferenceEntry, { nullable: false })
  @JoinColumn({ name: 'area_id' })
  area: Relation<ReferenceEntry>;

  @Column({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Index()
  @Column({ type: 'varchar', length: 255, nullable: true })
  websiteDomain: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, nullable: true })
  companyNumber: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, nullable: true })
  charityNumber: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('partners_tags_idx', { type: 'gin' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Index()
  @Column({ type: 'enum', enum: PARTNER_STATUSES, enumName: 'partner_status', default: 'prospect' })
  status: PartnerStatus;

  /** When the status last became `ended`; null otherwise. Retention counts from it. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  /** Days between intended dialogues; null = the default for the partner's kind. */
  @Column({ type: 'int', nullable: true })
  dialogueCadenceDays: number | null;

  @Column({ type: 'boolean', default: false })
  publicListingConsent: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publicListingConsentAt: Date | null;

  /** Who recorded the consent (a staff user; null when given through the public form). */
  @Column({ type: 'uuid', nullable: true })
  publicListingConsentBy: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  publicFields: PublicProfileField[];

  /** Identifier in an external system; CSV imports are idempotent by it. */
  @Index('partners_external_ref_key', { unique: true, where: 'external_ref IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalRef: string | null;

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'partner_priority_areas', joinColumn: { name: 'partner_id' }, inverseJoinColumn: { name: 'reference_id' } })
  priorityAreas: Relation<ReferenceEntry>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'partner_themes', joinColumn: { name: 'partner_id' }, inverseJoinColumn: { name: 'reference_id' } })
  themes: Relation<ReferenceEntry>[];

  @ManyToMany(() => PartnerList)
  @JoinTable({ name: 'partner_list_memberships', joinColumn: { name: 'partner_id' }, inverseJoinColumn: { name: 'list_id' } })
  lists: Relation<PartnerList>[];

  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Derived from meeting logs (latest one that has happened); maintained by DialogueDates. */
  @Column({ type: 'timestamptz', nullable: true })
  lastDialogueAt: Date | null;

  /** Derived: the earliest scheduled meeting still in the future. */
  @Column({ type: 'timestamptz', nullable: true })
  nextDialogueAt: Date | null;

  /** Derived: last dialogue (or creation) plus the effective cadence. Indexed for overdue lists. */
  @Column({ type: 'timestamptz', nullable: true })
  dialogueDueAt: Date | null;

  @Column({ type: 'date', nullable: true })
  dialogueSnoozedUntil: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  dialogueSnoozeReason: string | null;

  /** Set when this record was merged into another; it is then archived. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
