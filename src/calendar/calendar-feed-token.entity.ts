import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A staff user's calendar feed secret, stored as a SHA-256 hash. One per user; rotating replaces it. */
@Entity('calendar_feed_tokens')
export class CalendarFeedToken {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
