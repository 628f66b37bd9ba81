import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/** The partner list's filters as a saved view holds them: the list's query parameters, by name. */
export type SavedViewFilterValues = Record<string, string>;

/** A staff member's named partner list: its filters, sort and columns; shared views are offered to the whole team. */
@Entity('saved_views')
@Index('saved_views_owner_name_key', ['ownerId', 'name'], { unique: true })
@Index('saved_views_shared_idx', ['name'], { where: '"shared"' })
export class SavedView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<User>;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ type: 'jsonb', default: {} })
  filters: SavedViewFilterValues;

  @Column({ type: 'varchar', length: 20, default: 'name' })
  sort: string;

  @Column({ type: 'text', array: true })
  columns: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
