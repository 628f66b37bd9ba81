import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SuppressedError } from './data-protection.errors.js';
import { SubjectHasher } from './subject-hash.js';
import { SuppressionEntry } from './suppression-entry.entity.js';

/**
 * Erased people who must not be re-added or re-contacted, by keyed hash of their email. Anything that adds a
 * person by email (contacts, pledge signing, imports) asks here first.
 */
@Injectable()
export class SuppressionList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: SubjectHasher,
  ) {}

  async isSuppressed(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.exists(SuppressionEntry, { where: { subjectHash: this.hasher.ofEmail(email) } });
  }

  /** Inside the caller's transaction: waits for an erasure of the same person, then refuses a suppressed address (409). */
  async assertAllowed(manager: EntityManager, email: string): Promise<void> {
    const subjectHash = this.hasher.ofEmail(email);
    await lockSubject(manager, subjectHash);
    if (await manager.exists(SuppressionEntry, { where: { subjectHash } })) throw new SuppressedError();
  }

  /** How many people are on the list. */
  async size(): Promise<number> {
    return this.dataSource.manager.count(SuppressionEntry);
  }

  /** True when the entry is new. */
  async add(manager: EntityManager, subjectHash: string): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      'INSERT INTO suppression_entries (subject_hash) VALUES ($1) ON CONFLICT DO NOTHING RETURNING subject_hash',
      [subjectHash],
    );
    return inserted.length > 0;
  }
}

/** Serialises work on one person (an erasure against a create of the same address) for the transaction. */
export async function lockSubject(manager: EntityManager, subjectHash: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`data-subject:${subjectHash}`]);
}
