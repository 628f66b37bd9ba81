import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { TransactionRunner, type Transaction } from '../../database/transaction.js';
import { Agreement } from '../agreement.entity.js';
import { AgreementNotFoundError } from '../agreements.errors.js';
import { toAgreementDocumentResponse, type AddDocumentLinkDto, type AgreementDocumentResponse } from '../dto/agreement-document.dto.js';
import { AgreementDocument } from './agreement-document.entity.js';
import {
  DocumentContentMismatchError,
  DocumentEmptyError,
  DocumentIsLinkError,
  DocumentNotFoundError,
  DocumentTooLargeError,
  DocumentTypeNotAllowedError,
} from './agreement-documents.errors.js';
import { sanitiseFileName } from './document-file-name.js';
import { DOCUMENT_STORE, type DocumentStore } from './document-store.js';
import { ALLOWED_MEDIA_TYPES, documentTypeFor, type DocumentType } from './document-types.js';

export interface DocumentUpload {
  /** The media type of the upload's Content-Type, lower-cased, without parameters. */
  mediaType: string;
  fileName: string;
  content: Buffer;
}

export interface DocumentDownload {
  document: AgreementDocumentResponse;
  content: Buffer;
}

/** Files and links attached to agreements. Every change is audited on the agreement. */
@Injectable()
export class AgreementDocumentsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(agreementId: string): Promise<AgreementDocumentResponse[]> {
    await this.assertAgreementExists(this.dataSource.manager, agreementId);
    const documents = await this.dataSource.manager.find(AgreementDocument, { where: { agreementId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return documents.map(toAgreementDocumentResponse);
  }

  /** Checks type, size and content before anything is written; the name is sanitised, the stored name generated. */
  upload(agreementId: string, upload: DocumentUpload, actorId: string): Promise<AgreementDocumentResponse> {
    const type = this.verify(upload);
    return this.transactions.run(async (tx) => {
      await this.assertAgreementExists(tx.manager, agreementId);
      const id = randomUUID();
      const document = await tx.manager.save(
        tx.manager.create(AgreementDocument, {
          id,
          agreementId,
          kind: 'file',
          name: sanitiseFileName(upload.fileName, type),
          storedName: `${id}.${type.extensions[0]}`,
          mediaType: type.mediaType,
          sizeBytes: upload.content.length,
          sha256: createHash('sha256').update(upload.content).digest('hex'),
          uploadedBy: actorId,
        }),
      );
      await this.store.save(tx, id, upload.content);
      return this.recorded(tx, document, 'document-added', actorId);
    });
  }

  addLink(agreementId: string, dto: AddDocumentLinkDto, actorId: string): Promise<AgreementDocumentResponse> {
    return this.transactions.run(async (tx) => {
      await this.assertAgreementExists(tx.manager, agreementId);
      const document = await tx.manager.save(
        tx.manager.create(AgreementDocument, { agreementId, kind: 'link', name: dto.title.trim(), url: dto.url, uploadedBy: actorId }),
      );
      return this.recorded(tx, document, 'document-added', actorId);
    });
  }

  async download(agreementId: string, documentId: string): Promise<DocumentDownload> {
    const document = await this.find(this.dataSource.manager, agreementId, documentId);
    if (document.kind === 'link') throw new DocumentIsLinkError(document.url ?? '');
    const content = await this.store.read(document.id);
    if (!content) throw new DocumentNotFoundError();
    return { document: toAgreementDocumentResponse(document), content };
  }

  /** Deletes the document and its bytes for good; the audit entry keeps its name, size and checksum. */
  remove(agreementId: string, documentId: string, actorId: string): Promise<void> {
    return this.transactions.run(async (tx) => {
      const document = await this.find(tx.manager, agreementId, documentId, true);
      await this.store.remove(tx, document.id);
      await tx.manager.delete(AgreementDocument, { id: document.id });
      await this.recorded(tx, document, 'document-removed', actorId);
    });
  }

  private verify({ mediaType, content }: DocumentUpload): DocumentType {
    const type = documentTypeFor(mediaType);
    if (!type) throw new DocumentTypeNotAllowedError(mediaType, ALLOWED_MEDIA_TYPES);
    if (content.length === 0) throw new DocumentEmptyError();
    if (content.length > this.config.documents.maxBytes) throw new DocumentTooLargeError(this.config.documents.maxBytes);
    if (!type.matches(content)) throw new DocumentContentMismatchError(mediaType);
    return type;
  }

  private async recorded(tx: Transaction, document: AgreementDocument, action: string, actorId: string): Promise<AgreementDocumentResponse> {
    const view = toAgreementDocumentResponse(document);
    const { id, kind, name, mediaType, sizeBytes, sha256, url } = view;
    const summary = { id, kind, name, mediaType, sizeBytes, sha256, url };
    const [before, after] = action === 'document-removed' ? [summary, null] : [null, summary];
    await this.audit.record(tx.manager, { entityType: 'agreement', entityId: document.agreementId, action, actorId, changes: { document: { before, after } } });
    return view;
  }

  private async find(manager: EntityManager, agreementId: string, documentId: string, lock = false): Promise<AgreementDocument> {
    const document = await manager.findOne(AgreementDocument, {
      where: { id: documentId, agreementId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!document) throw new DocumentNotFoundError();
    return document;
  }

  private async assertAgreementExists(manager: EntityManager, agreementId: string): Promise<void> {
    if (!(await manager.exists(Agreement, { where: { id: agreementId } }))) throw new AgreementNotFoundError();
  }
}
