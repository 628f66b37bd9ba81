import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AgreementDocument } from './agreement-document.entity.js';

/** The bytes of an uploaded document, kept apart from its metadata. Used only by DatabaseDocumentStore. */
@Entity('agreement_document_contents')
export class AgreementDocumentContent {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @OneToOne(() => AgreementDocument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<AgreementDocument>;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
