import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * Who changed what, when and why. Append-only: a database trigger rejects UPDATE and DELETE
 * (only a deliberate, audited erasure may redact personal values — see the data-protection work).
 */
@Entity('audit_entries')
@Index('audit_entries_entity_idx', ['entityType', 'entityId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** Null for the system (jobs, imports run by the worker record the requesting user instead). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: FieldChanges;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
