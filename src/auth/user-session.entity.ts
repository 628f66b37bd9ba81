import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

export const SESSION_CLIENTS = ['api', 'browser'] as const;
/** api: bearer login (tokens in the body); browser: cookie-held refresh token, access token in page memory. */
export type SessionClient = (typeof SESSION_CLIENTS)[number];

export const SESSION_END_REASONS = ['signed-out', 'refresh-token-reused', 'password-changed', 'password-reset', 'deactivated'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * One sign-in: its refresh tokens rotate within it, and every access token issued in it carries its id
 * (`sid`). Ending the session refuses those access tokens at once, not when they expire.
 */
@Entity('user_sessions')
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: SESSION_CLIENTS, enumName: 'session_client' })
  client: SessionClient;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  endReason: SessionEndReason | null;
}
