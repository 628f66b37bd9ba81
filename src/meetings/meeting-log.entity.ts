import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ReferenceEntry } from '../reference-data/reference-entry.entity.js';
import { User } from '../users/user.entity.js';

export const MEETING_KINDS = ['meeting', 'call', 'visit', 'event', 'email-exchange'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A record of dialogue with one or more partners: when, who, topics, notes, outcomes. */
@Entity('meeting_logs')
@Index('meeting_logs_occurred_idx', ['occurredAt', 'id'])
export class MeetingLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'enum', enum: MEETING_KINDS, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  outcomes: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'meeting_partners', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'partner_id' } })
  partners: Relation<Partner>[];

  @ManyToMany(() => User)
  @JoinTable({ name: 'meeting_staff', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'user_id' } })
  staff: Relation<User>[];

  @ManyToMany(() => Contact)
  @JoinTable({ name: 'meeting_contacts', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'contact_id' } })
  contacts: Relation<Contact>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'meeting_priority_areas', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'reference_id' } })
  priorityAreas: Relation<ReferenceEntry>[];

  @ManyToMany(() => ReferenceEntry)
  @JoinTable({ name: 'meeting_themes', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'reference_id' } })
  themes: Relation<ReferenceEntry>[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
