import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import type { ImportMapping } from './import-mapping.js';

/** A column and value mapping kept by name, offered again for a file with the same header. */
@Entity('partner_import_mappings')
@Index('partner_import_mappings_name_key', ['name'], { unique: true })
@Index('partner_import_mappings_header_idx', ['headerKey'])
export class SavedImportMapping {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Hex SHA-256 of the header's columns (headerKeyOf): files with this header are offered the mapping. */
  @Column({ type: 'varchar', length: 64 })
  headerKey: string;

  @Column({ type: 'jsonb' })
  mapping: ImportMapping;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
