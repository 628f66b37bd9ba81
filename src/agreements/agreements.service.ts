import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { TransactionRunner } from '../database/transaction.js';
import { Agreement } from './agreement.entity.js';
import { assertInForceFromStart } from './agreement-status.js';
import { AgreementWriter } from './agreement-writer.js';
import { AgreementNotFoundError } from './agreements.errors.js';
import { AgreementsRepository } from './agreements.repository.js';
import { InstitutionCalendar } from './calendar.js';
import type { AgreementPage } from './dto/agreement-summary.response.js';
import type { CreateAgreementDto, UpdateAgreementDto } from './dto/agreement-write.dto.js';
import { auditSnapshot, toAgreementResponse, type AgreementResponse } from './dto/agreement.response.js';
import type { ListAgreementsQuery } from './dto/list-agreements.query.js';

const VIEW_RELATIONS = { kind: true, owner: true, parties: true, themes: true, priorityAreas: true } as const;

@Injectable()
export class AgreementsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writer: AgreementWriter,
    private readonly repository: AgreementsRepository,
    private readonly calendar: InstitutionCalendar,
    private readonly audit: AuditService,
  ) {}

  list(query: ListAgreementsQuery, actorId: string): Promise<AgreementPage> {
    return this.repository.page(query, actorId, this.calendar.today());
  }

  get(id: string): Promise<AgreementResponse> {
    return this.transactions.run(async ({ manager }) => this.view(await this.load(manager, id)));
  }

  create(dto: CreateAgreementDto, actorId: string): Promise<AgreementResponse> {
    return this.transactions.run(async ({ manager }) => {
      const agreement = manager.create(Agreement, { status: dto.status ?? 'draft', parties: [], themes: [], priorityAreas: [] });
      await this.writer.apply(manager, agreement, dto);
      assertInForceFromStart(agreement.status, agreement.startDate, this.calendar.today());
      const saved = await manager.save(agreement);
      const view = this.view(await this.load(manager, saved.id));
      await this.audit.record(manager, {
        entityType: 'agreement',
        entityId: saved.id,
        action: 'created',
        actorId,
        changes: diffSnapshots({}, auditSnapshot(view)),
      });
      return view;
    });
  }

  /** Applies a partial update if `expectedVersion` is current (else 412), and audits the difference. */
  update(id: string, dto: UpdateAgreementDto, expectedVersion: number, actorId: string): Promise<AgreementResponse> {
    return this.transactions.run(async ({ manager }) => {
      const agreement = await this.lockAndLoad(manager, id);
      assertVersion('AGREEMENT.VERSION_CONFLICT', expectedVersion, agreement.version);
      const before = auditSnapshot(this.view(agreement));
      await this.writer.apply(manager, agreement, dto);
      assertInForceFromStart(agreement.status, agreement.startDate, this.calendar.today());
      await manager.save(agreement);
      let view = this.view(await this.load(manager, id));
      const changes = diffSnapshots(before, auditSnapshot(view));
      if (Object.keys(changes).length === 0) return view;
      if (view.version === expectedVersion) view = await this.bumpVersion(manager, id);
      await this.audit.record(manager, { entityType: 'agreement', entityId: id, action: 'updated', actorId, changes, reason: dto.reason });
      return view;
    });
  }

  /** Maps an agreement loaded with its relations to its response, as of today. */
  view(agreement: Agreement): AgreementResponse {
    return toAgreementResponse(agreement, this.calendar.today());
  }

  async load(manager: EntityManager, id: string): Promise<Agreement> {
    const agreement = await manager.findOne(Agreement, { where: { id }, relations: VIEW_RELATIONS });
    if (!agreement) throw new AgreementNotFoundError();
    return agreement;
  }

  /** Row lock first (FOR UPDATE cannot cover outer joins), then the full record. */
  async lockAndLoad(manager: EntityManager, id: string): Promise<Agreement> {
    const locked = await manager.findOne(Agreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new AgreementNotFoundError();
    return this.load(manager, id);
  }

  /** Only join-table rows changed (parties, themes...): the record's version must still move. */
  async bumpVersion(manager: EntityManager, id: string): Promise<AgreementResponse> {
    await manager.query('UPDATE agreements SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
    return this.view(await this.load(manager, id));
  }
}
