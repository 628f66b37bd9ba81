import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../audit/audit-entry.entity.js';
import { redactAuditEntry } from './audit-redaction.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { storedSpellings, termsRegExp } from './personal-terms.js';

export interface AuditRedactionScope {
  /** The person's own records: personal fields are redacted whatever they hold. */
  ownRecordIds: readonly string[];
  /** Other records whose entries are searched for the person's values (meetings they attended...). */
  relatedRecordIds: readonly string[];
  /** Also search every other entry for the person's values (an erasure on request; retention stays local). */
  everywhere: boolean;
}

/**
 * The one writer that may touch audit entries: it swaps a person's values for their marker under
 * crm.audit_redaction, which the append-only trigger checks value by value, and nothing else.
 */
@Injectable()
export class AuditRedactor {
  constructor(private readonly repository: PersonalDataRepository) {}

  /** Returns how many entries were rewritten. */
  async redact(manager: EntityManager, terms: readonly string[], marker: string, scope: AuditRedactionScope): Promise<number> {
    const pattern = termsRegExp(storedSpellings(terms));
    const own = new Set(scope.ownRecordIds);
    const candidates = await this.repository.auditEntries(
      manager,
      [...scope.ownRecordIds, ...scope.relatedRecordIds],
      scope.everywhere ? storedSpellings(terms) : [],
    );
    const rewritten = candidates
      .map((entry) => ({ entry, redacted: redactAuditEntry(entry, { pattern, marker, ownRecord: own.has(entry.entityId) }) }))
      .filter(({ redacted }) => redacted.changed);
    if (rewritten.length === 0) return 0;
    // Transaction-local: on failure it ends with the rollback; on success it is switched off at once.
    await manager.query(`SELECT set_config('crm.audit_redaction', 'on', true)`);
    for (const { entry, redacted } of rewritten) await this.write(manager, entry, redacted.changes, redacted.reason);
    await manager.query(`SELECT set_config('crm.audit_redaction', 'off', true)`);
    return rewritten.length;
  }

  private async write(manager: EntityManager, entry: AuditEntry, changes: unknown, reason: string | null): Promise<void> {
    await manager.query('UPDATE audit_entries SET changes = $2::jsonb, reason = $3 WHERE id = $1', [entry.id, JSON.stringify(changes), reason]);
  }
}
