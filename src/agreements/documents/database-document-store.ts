import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../database/transaction.js';
import { AgreementDocumentContent } from './agreement-document-content.entity.js';
import type { DocumentStore } from './document-store.js';

/**
 * Keeps document bytes in PostgreSQL (`agreement_document_contents.bytes`, bytea). Chosen as the
 * one store for now: uploads are capped (DOCUMENT_MAX_BYTES, 10 MB by default) and few, the bytes
 * commit atomically with their metadata and audit entry, and backups and the Compose deployment
 * need nothing more than the database. A disk or object store can implement DocumentStore later.
 */
@Injectable()
export class DatabaseDocumentStore implements DocumentStore {
  constructor(private readonly dataSource: DataSource) {}

  async save({ manager }: Transaction, documentId: string, bytes: Buffer): Promise<void> {
    await manager.insert(AgreementDocumentContent, { documentId, bytes });
  }

  async read(documentId: string): Promise<Buffer | null> {
    const row = await this.dataSource.getRepository(AgreementDocumentContent).findOne({ where: { documentId } });
    return row?.bytes ?? null;
  }

  async remove({ manager }: Transaction, documentId: string): Promise<void> {
    await manager.delete(AgreementDocumentContent, { documentId });
  }
}
