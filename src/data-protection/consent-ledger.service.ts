import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { CommunicationPreferences } from '../contacts/contact.entity.js';
import { ConsentEvent, type ConsentSource, type ConsentSubjectType } from './consent-event.entity.js';

/** What a consent is for. Communications are one purpose per channel (`communications.email`, ...). */
export const CONSENT_PURPOSES = {
  publicListing: 'public-listing',
  nameDisplay: 'name-display',
  pledgeSignature: 'pledge-signature',
  communications: (channel: keyof CommunicationPreferences): string => `communications.${channel}`,
} as const;

export interface ConsentRecord {
  subjectType: ConsentSubjectType;
  subjectId: string;
  purpose: string;
  source: ConsentSource;
  actorId?: string | null;
  wordingVersion?: string | null;
  /** Ids and codes only. */
  details?: Record<string, unknown>;
}

/** A consent's current state: the latest event for its purpose. */
export interface ConsentState {
  purpose: string;
  given: boolean;
  since: Date;
  source: ConsentSource;
  actorId: string | null;
  wordingVersion: string | null;
}

/** Latest event per purpose wins; events must be in the order they happened. */
export function deriveConsentState(events: readonly ConsentEvent[]): ConsentState[] {
  const latest = new Map<string, ConsentEvent>();
  for (const event of events) latest.set(event.purpose, event);
  return [...latest.values()]
    .map((e) => ({ purpose: e.purpose, given: e.action === 'given', since: e.occurredAt, source: e.source, actorId: e.actorId, wordingVersion: e.wordingVersion }))
    .sort((a, b) => a.purpose.localeCompare(b.purpose));
}

/**
 * Writes consent events inside the caller's transaction, next to the change they explain, so a flag and
 * the event that set it commit together.
 */
@Injectable()
export class ConsentLedger {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, given: boolean, record: ConsentRecord): Promise<void> {
    await this.recordMany(manager, [{ ...record, given }]);
  }

  /** Records only when the consent actually changed. */
  async recordChange(manager: EntityManager, before: boolean, after: boolean, record: ConsentRecord): Promise<void> {
    if (before !== after) await this.record(manager, after, record);
  }

  /** One event per communication channel whose preference changed (every channel that is on, for a new contact). */
  async recordPreferences(
    manager: EntityManager,
    contactId: string,
    before: CommunicationPreferences | null,
    after: CommunicationPreferences,
    meta: Pick<ConsentRecord, 'source' | 'actorId' | 'details'>,
  ): Promise<void> {
    const channels = Object.keys(after) as (keyof CommunicationPreferences)[];
    const changed = channels.filter((channel) => (before?.[channel] ?? false) !== after[channel]);
    await this.recordMany(
      manager,
      changed.map((channel) => ({ ...meta, subjectType: 'contact', subjectId: contactId, purpose: CONSENT_PURPOSES.communications(channel), given: after[channel] })),
    );
  }

  async recordMany(manager: EntityManager, records: (ConsentRecord & { given: boolean })[]): Promise<void> {
    if (records.length === 0) return;
    const rows = records.map((r) => ({
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      purpose: r.purpose,
      action: r.given ? ('given' as const) : ('withdrawn' as const),
      source: r.source,
      actorId: r.actorId ?? null,
      wordingVersion: r.wordingVersion ?? null,
      details: r.details ?? {},
    }));
    // TypeORM's deep-partial type cannot express a jsonb column of unknown values.
    await manager.insert(ConsentEvent, rows as QueryDeepPartialEntity<ConsentEvent>[]);
  }

  /** Every event of one subject, oldest first. */
  history(subjectType: ConsentSubjectType, subjectId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsentEvent[]> {
    return manager.find(ConsentEvent, { where: { subjectType, subjectId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
