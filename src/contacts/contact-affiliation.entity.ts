import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A period a contact spent at an organisation; moves between organisations keep this history. */
@Entity('contact_affiliations')
@Index('contact_affiliations_contact_idx', ['contactId', 'startedAt'])
export class ContactAffiliation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contactId: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  jobTitle: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
