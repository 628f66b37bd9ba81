import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CONSENT_SUBJECT_TYPES = ['partner', 'contact', 'signature'] as const;
export type ConsentSubjectType = (typeof CONSENT_SUBJECT_TYPES)[number];

export const CONSENT_ACTIONS = ['given', 'withdrawn'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/**
 * form: the person or organisation themselves, on a public form or link; staff: a staff member recorded it on
 * their instruction (actorId); system: a rule of the product (erasure, retention); migration: backfilled from the
 * flags that existed before consent was recorded as events.
 */
export const CONSENT_SOURCES = ['form', 'staff', 'system', 'migration'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/**
 * One consent given or withdrawn, never changed afterwards. The current state of a consent is the latest
 * event for its subject and purpose; flags elsewhere (a partner's public-listing consent, a contact's
 * communication preferences) are caches of it written in the same transaction.
 */
@Entity('consent_events')
@Index('consent_events_subject_idx', ['subjectType', 'subjectId', 'occurredAt'])
export class ConsentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: CONSENT_SUBJECT_TYPES, enumName: 'consent_subject_type' })
  subjectType: ConsentSubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** e.g. public-listing, name-display, pledge-signature, communications.email */
  @Column({ type: 'varchar', length: 60 })
  purpose: string;

  @Column({ type: 'enum', enum: CONSENT_ACTIONS, enumName: 'consent_action' })
  action: ConsentAction;

  @Column({ type: 'enum', enum: CONSENT_SOURCES, enumName: 'consent_source' })
  source: ConsentSource;

  /** The staff member who recorded it (source staff), or who approved what the form recorded. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The wording shown when it was given: a versioned form label, or the pledge text version and hash. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  wordingVersion: string | null;

  /** Ids and codes only (e.g. the signature that carried it, the fields allowed): never personal data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;
}
