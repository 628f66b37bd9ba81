import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Signature } from './signature.entity.js';

export const SIGNATURE_TOKEN_PURPOSES = ['verify', 'withdraw', 'certificate'] as const;
export type SignatureTokenPurpose = (typeof SIGNATURE_TOKEN_PURPOSES)[number];

/** A secret link sent to a signer. Only the SHA-256 of the token is stored. */
@Entity('signature_tokens')
export class SignatureToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @ManyToOne(() => Signature, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'signature_id' })
  signature: Relation<Signature>;

  @Column({ type: 'uuid' })
  signatureId: string;

  @Column({ type: 'enum', enum: SIGNATURE_TOKEN_PURPOSES, enumName: 'signature_token_purpose' })
  purpose: SignatureTokenPurpose;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  /** Null: does not expire (withdrawal and certificate links must keep working). */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
