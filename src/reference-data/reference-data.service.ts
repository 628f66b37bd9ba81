import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, QueryFailedError, Repository } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { TransactionRunner } from '../database/transaction.js';
import {
  toReferenceEntryResponse,
  type CreateReferenceEntryDto,
  type ReferenceEntryResponse,
  type ReferenceEntryUsageResponse,
  type UpdateReferenceEntryDto,
} from './dto/reference-entry.dto.js';
import { ReferenceCodeTakenError, ReferenceEntryNotFoundError, ReferenceOrderMismatchError, UnknownReferenceError } from './reference-data.errors.js';
import { ReferenceEntry, type ReferenceCategory } from './reference-entry.entity.js';
import { ReferenceUsageRepository } from './reference-usage.repository.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(ReferenceEntry) private readonly entries: Repository<ReferenceEntry>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly usage: ReferenceUsageRepository,
  ) {}

  /** Each entry's code (retired ones too) with the count of records using it. */
  async usageOf(category: ReferenceCategory): Promise<ReferenceEntryUsageResponse[]> {
    const counts = await this.usage.countsByCode(category);
    return [...counts].map(([code, records]) => ({ code, records })).sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Puts a whole list in a new order (sort orders 10, 20, 30…); each entry that moves is audited. */
  reorder(category: ReferenceCategory, codes: string[], actorId: string): Promise<ReferenceEntryResponse[]> {
    return this.transactions.run(async ({ manager }) => {
      const entries = await manager.find(ReferenceEntry, { where: { category }, lock: { mode: 'pessimistic_write' } });
      assertWholeList(entries.map((e) => e.code), codes);
      const byCode = new Map(entries.map((e) => [e.code, e]));
      for (const [index, code] of codes.entries()) {
        const entry = byCode.get(code) as ReferenceEntry;
        const sortOrder = (index + 1) * 10;
        if (entry.sortOrder === sortOrder) continue;
        const before = toReferenceEntryResponse(entry);
        entry.sortOrder = sortOrder;
        const after = toReferenceEntryResponse(await manager.save(entry));
        await this.audit.record(manager, { entityType: 'reference-entry', entityId: entry.id, action: 'updated', actorId, changes: diffSnapshots(before, after) });
      }
      return codes.map((code) => toReferenceEntryResponse(byCode.get(code) as ReferenceEntry));
    });
  }

  async list(category: ReferenceCategory, includeRetired: boolean): Promise<ReferenceEntryResponse[]> {
    const rows = await this.entries.find({
      where: { category, ...(includeRetired ? {} : { retiredAt: IsNull() }) },
      order: { sortOrder: 'ASC', label: 'ASC' },
    });
    return rows.map(toReferenceEntryResponse);
  }

  async create(category: ReferenceCategory, dto: CreateReferenceEntryDto, actorId: string): Promise<ReferenceEntryResponse> {
    try {
      return await this.transactions.run(async ({ manager }) => {
        const sortOrder = dto.sortOrder ?? (await this.nextSortOrder(manager, category));
        const entry = await manager.save(manager.create(ReferenceEntry, { category, code: dto.code, label: dto.label, sortOrder }));
        await this.audit.record(manager, {
          entityType: 'reference-entry',
          entityId: entry.id,
          action: 'created',
          actorId,
          changes: diffSnapshots({}, toReferenceEntryResponse(entry)),
        });
        return toReferenceEntryResponse(entry);
      });
    } catch (error: unknown) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ReferenceCodeTakenError();
      }
      throw error;
    }
  }

  /** Renames, reorders, retires or restores an entry; records already using it keep it. */
  update(category: ReferenceCategory, code: string, dto: UpdateReferenceEntryDto, actorId: string): Promise<ReferenceEntryResponse> {
    return this.transactions.run(async ({ manager }) => {
      const entry = await manager.findOne(ReferenceEntry, { where: { category, code }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new ReferenceEntryNotFoundError();
      const before = toReferenceEntryResponse(entry);
      if (dto.label !== undefined) entry.label = dto.label;
      if (dto.sortOrder !== undefined) entry.sortOrder = dto.sortOrder;
      if (dto.retired !== undefined) entry.retiredAt = dto.retired ? (entry.retiredAt ?? new Date()) : null;
      const after = toReferenceEntryResponse(await manager.save(entry));
      const changes = diffSnapshots(before, after);
      const action = dto.retired === true && !before.retired ? 'retired' : dto.retired === false && before.retired ? 'restored' : 'updated';
      await this.audit.record(manager, { entityType: 'reference-entry', entityId: entry.id, action, actorId, changes });
      return after;
    });
  }

  /**
   * Resolves codes chosen for a record to entries. Unknown codes fail; retired codes fail unless
   * the record already holds them (`keep`), so old records keep retired values.
   */
  async resolve(
    manager: EntityManager,
    field: string,
    category: ReferenceCategory,
    codes: string[],
    keep: ReadonlySet<string> = new Set(),
  ): Promise<ReferenceEntry[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = await manager.find(ReferenceEntry, { where: { category, code: In(unique) } });
    return pickReferenceEntries(found, field, unique, keep);
  }

  private async nextSortOrder(manager: EntityManager, category: ReferenceCategory): Promise<number> {
    const [{ max }] = await manager.query<{ max: number | null }[]>(
      'SELECT max(sort_order) AS max FROM reference_entries WHERE category = $1',
      [category],
    );
    return (max ?? 0) + 10;
  }
}

function assertWholeList(existing: readonly string[], proposed: readonly string[]): void {
  const known = new Set(existing);
  const seen = new Set<string>();
  const repeated = proposed.filter((code) => (seen.has(code) ? true : (seen.add(code), false)));
  const unknown = proposed.filter((code) => !known.has(code));
  const missing = existing.filter((code) => !seen.has(code));
  if (repeated.length + unknown.length + missing.length > 0) throw new ReferenceOrderMismatchError(missing, unknown, [...new Set(repeated)]);
}

/** `resolve`'s rule without the query: picks `codes` from entries already loaded (e.g. for a whole CSV import). */
export function pickReferenceEntries(
  found: readonly ReferenceEntry[],
  field: string,
  codes: readonly string[],
  keep: ReadonlySet<string> = new Set(),
): ReferenceEntry[] {
  const unique = [...new Set(codes)];
  const byCode = new Map(found.map((e) => [e.code, e]));
  const unknown = unique.filter((c) => !byCode.has(c));
  if (unknown.length > 0) throw new UnknownReferenceError(field, unknown, false);
  const retired = unique.filter((c) => byCode.get(c)?.retiredAt && !keep.has(c));
  if (retired.length > 0) throw new UnknownReferenceError(field, retired, true);
  return unique.map((c) => byCode.get(c) as ReferenceEntry);
}
