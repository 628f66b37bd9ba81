import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { emailHash } from '../pledges/signer-secrets.js';
import { rateLimitKeyHash } from '../rate-limit/rate-limiter.service.js';
import { StaffAccountError } from './data-protection.errors.js';
import { DataSubjects } from './data-subjects.js';
import type { ErasureDto } from './dto/erasure.dto.js';
import type { ErasurePreviewResponse, ErasureResponse } from './dto/erasure.response.js';
import { MentionScanner } from './mention-scanner.js';
import { PersonalDataEraser, type ErasureCounts } from './personal-data-eraser.js';
import { cutMentions } from './personal-terms.js';
import { QueuePersonalData } from './queue-personal-data.js';
import { erasureMarker, SubjectHasher, subjectEntityId } from './subject-hash.js';
import { lockSubject, SuppressionList } from './suppression-list.service.js';

interface Erased {
  counts: ErasureCounts;
  terms: readonly string[];
}

const PREVIEW_REASON = 'erasure preview (rolled back)';

/** Thrown inside the preview's transaction so that nothing it did is kept. */
class PreviewRolledBack extends Error {}

/**
 * Erasure on request: one transaction pseudonymises the person everywhere the product keeps them (contacts,
 * signatures, mail, free text, audit values, the PostgreSQL queue tables), suppresses their address and
 * audits the erasure by keyed hash only. A Redis queue backend is scrubbed right after the commit.
 * Repeating it is harmless: there is nothing left to find.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly subjects: DataSubjects,
    private readonly eraser: PersonalDataEraser,
    private readonly suppression: SuppressionList,
    private readonly hasher: SubjectHasher,
    private readonly queueData: QueuePersonalData,
    private readonly scanner: MentionScanner,
    private readonly audit: AuditService,
  ) {}

  async erase(dto: ErasureDto, actorId: string): Promise<ErasureResponse> {
    const subjectHash = this.hasher.ofEmail(dto.email);
    const { counts, terms } = await this.transactions.run(({ manager }) => this.eraseWithin(manager, dto.email, dto.reason, subjectHash, actorId));
    // Redis is outside the database transaction: scrubbed once the erasure has committed.
    counts.queue += await this.queueData.scrubRedis(terms, erasureMarker(subjectHash));
    return {
      subjectHash,
      erasedAt: new Date().toISOString(),
      counts,
      remainingMentions: await this.scanner.scan(this.dataSource.manager, terms),
    };
  }

  /**
   * What erasing this person would change, per table: the erasure itself, run in a transaction that is then
   * rolled back (and Redis only counted), so the preview and the erasure cannot count differently.
   */
  async preview(email: string, actorId: string): Promise<ErasurePreviewResponse> {
    const subjectHash = this.hasher.ofEmail(email);
    let outcome: Erased | undefined;
    try {
      await this.dataSource.transaction(async (manager) => {
        outcome = await this.eraseWithin(manager, email, PREVIEW_REASON, subjectHash, actorId);
        throw new PreviewRolledBack();
      });
    } catch (error: unknown) {
      if (!(error instanceof PreviewRolledBack)) throw error;
    }
    if (!outcome) throw new Error('erasure preview produced no outcome');
    outcome.counts.queue += await this.queueData.scrubRedis(outcome.terms, erasureMarker(subjectHash), { dryRun: true });
    return { subjectHash, counts: outcome.counts };
  }

  private async eraseWithin(manager: EntityManager, email: string, reason: string, subjectHash: string, actorId: string): Promise<Erased> {
    const marker = erasureMarker(subjectHash);
    await lockSubject(manager, subjectHash);
    const subject = await this.subjects.find(manager, email);
    if (subject.staff.length > 0) throw new StaffAccountError();
    const erased = await this.eraser.erase(manager, {
      subjectHash,
      contactIds: subject.contacts.map((c) => c.id),
      signatureIds: subject.signatures.map((s) => s.id),
      recipients: [subject.email],
      terms: subject.terms,
      reach: 'everywhere',
      actorId,
    });
    erased.queue = await this.queueData.scrubPostgres(manager, subject.terms, marker);
    erased.rate_limit_buckets = await this.forgetSigningMailLimit(manager, subject.email);
    erased.suppression_entries = (await this.suppression.add(manager, subjectHash)) ? 1 : 0;
    await this.audit.record(manager, {
      entityType: 'data-subject',
      entityId: subjectEntityId(subjectHash),
      action: 'erased',
      actorId,
      changes: { subjectHash: { before: null, after: subjectHash }, counts: { before: null, after: erased } },
      reason: cutMentions(reason, subject.terms),
    });
    return { counts: erased, terms: subject.terms };
  }

  /** The per-address signing mail cap is keyed by a hash of the address (see RateLimiter): it goes too. */
  private async forgetSigningMailLimit(manager: EntityManager, email: string): Promise<number> {
    const keyHash = rateLimitKeyHash('pledge-mail', emailHash(email));
    const [, deleted] = await manager.query<[unknown, number]>('DELETE FROM rate_limit_buckets WHERE key_hash = $1', [keyHash]);
    return deleted;
  }
}
