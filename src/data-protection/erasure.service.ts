import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import { emailHash } from '../pledges/signer-secrets.js';
import { rateLimitKeyHash } from '../rate-limit/rate-limiter.service.js';
import { StaffAccountError } from './data-protection.errors.js';
import { DataSubjects } from './data-subjects.js';
import type { ErasureDto } from './dto/erasure.dto.js';
import type { ErasureResponse } from './dto/erasure.response.js';
import { MentionScanner } from './mention-scanner.js';
import { PersonalDataEraser } from './personal-data-eraser.js';
import { cutMentions } from './personal-terms.js';
import { QueuePersonalData } from './queue-personal-data.js';
import { erasureMarker, SubjectHasher, subjectEntityId } from './subject-hash.js';
import { lockSubject, SuppressionList } from './suppression-list.service.js';

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
    const marker = erasureMarker(subjectHash);
    const { counts, terms } = await this.transactions.run(async ({ manager }) => {
      await lockSubject(manager, subjectHash);
      const subject = await this.subjects.find(manager, dto.email);
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
        reason: cutMentions(dto.reason, subject.terms),
      });
      return { counts: erased, terms: subject.terms };
    });
    // Redis is outside the database transaction: scrubbed once the erasure has committed.
    counts.queue += await this.queueData.scrubRedis(terms, marker);
    return {
      subjectHash,
      erasedAt: new Date().toISOString(),
      counts,
      remainingMentions: await this.scanner.scan(this.dataSource.manager, terms),
    };
  }

  /** The per-address signing mail cap is keyed by a hash of the address (see RateLimiter): it goes too. */
  private async forgetSigningMailLimit(manager: EntityManager, email: string): Promise<number> {
    const keyHash = rateLimitKeyHash('pledge-mail', emailHash(email));
    const [, deleted] = await manager.query<[unknown, number]>('DELETE FROM rate_limit_buckets WHERE key_hash = $1', [keyHash]);
    return deleted;
  }
}
