import type { Transaction } from '../../database/transaction.js';

/**
 * Where the bytes of uploaded documents live. Writes take the caller's transaction, so metadata,
 * bytes and audit entry commit together; a store outside the database (disk, object storage)
 * would write under the document's generated `storedName` and use `tx.afterCommit` to publish
 * or delete, so a rolled-back upload leaves nothing behind.
 */
export interface DocumentStore {
  save(tx: Transaction, documentId: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when the store has none for this document. */
  read(documentId: string): Promise<Buffer | null>;
  remove(tx: Transaction, documentId: string): Promise<void>;
}

/** Injection token: modules provide the implementation (AgreementsModule: DatabaseDocumentStore). */
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
