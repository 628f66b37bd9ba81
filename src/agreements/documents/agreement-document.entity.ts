import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { Agreement } from '../agreement.entity.js';

export const DOCUMENT_KINDS = ['file', 'link'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A document attached to an agreement: an uploaded file (its bytes live in a DocumentStore, never
 * in this row, so listing documents never loads them) or a link to a document kept elsewhere.
 */
@Entity('agreement_documents')
@Index('agreement_documents_agreement_idx', ['agreementId', 'createdAt'])
export class AgreementDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Agreement, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement: Relation<Agreement>;

  @Column({ type: 'uuid' })
  agreementId: string;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'agreement_document_kind' })
  kind: DocumentKind;

  /** Files: the uploader's file name, sanitised (document-file-name.ts). Links: a title. */
  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Files: `<id>.<ext>`, generated, never derived from user input (a disk store may use it as the path). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  storedName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  mediaType: string | null;

  @Column({ type: 'int', nullable: true })
  sizeBytes: number | null;

  /** Hex SHA-256 of the bytes, for integrity checks and spotting the same file uploaded twice. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader: Relation<User> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
