import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A named list partners can belong to (the strategy's partner list, PACT partners, ...). Lists are data. */
@Entity('partner_lists')
export class PartnerList {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Dialogue cadence for members without their own (the shortest of their lists applies). */
  @Column({ type: 'int', nullable: true })
  defaultDialogueCadenceDays: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
