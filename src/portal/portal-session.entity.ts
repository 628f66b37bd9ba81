import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PortalUser } from './portal-user.entity.js';

/** A signed-in portal browser: its cookie holds a secret whose SHA-256 is kept here. Separate from staff sessions. */
@Entity('portal_sessions')
export class PortalSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @ManyToOne(() => PortalUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'portal_user_id' })
  portalUser: Relation<PortalUser>;

  @Column({ type: 'uuid' })
  portalUserId: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
