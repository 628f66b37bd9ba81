import { Injectable } from '@nestjs/common';
import { AuditService, diffSnapshots } from '../audit/audit.service.js';
import { assertVersion } from '../common/http/etag.js';
import { TransactionRunner } from '../database/transaction.js';
import type { Agreement, AgreementStatus } from './agreement.entity.js';
import { allowedTargets, assertInForceFromStart } from './agreement-status.js';
import { applyDates } from './agreement-writer.js';
import { EndDatePassedError, IllegalTransitionError, NotYetEndedError } from './agreements.errors.js';
import { AgreementsService } from './agreements.service.js';
import { InstitutionCalendar, type CalendarDate } from './calendar.js';
import type { ChangeAgreementStatusDto } from './dto/agreement-write.dto.js';
import { auditSnapshot, type AgreementResponse } from './dto/agreement.response.js';

/** Moves an agreement along the transition table (agreement-status.ts), with new dates when it is renewed. */
@Injectable()
export class AgreementStatusService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly agreements: AgreementsService,
    private readonly calendar: InstitutionCalendar,
    private readonly audit: AuditService,
  ) {}

  /** `expectedVersion` is optional here: the row lock and the table already stop a transition made on stale state. */
  change(id: string, dto: ChangeAgreementStatusDto, expectedVersion: number | null, actorId: string): Promise<AgreementResponse> {
    return this.transactions.run(async ({ manager }) => {
      const agreement = await this.agreements.lockAndLoad(manager, id);
      if (expectedVersion !== null) assertVersion('AGREEMENT.VERSION_CONFLICT', expectedVersion, agreement.version);
      const from = agreement.status;
      const allowed = allowedTargets(from);
      if (!allowed.includes(dto.to)) throw new IllegalTransitionError(from, dto.to, allowed);
      const before = auditSnapshot(this.agreements.view(agreement));
      applyDates(agreement, dto);
      assertDatesAllow(dto.to, agreement, this.calendar.today());
      agreement.status = dto.to;
      await manager.save(agreement);
      const view = this.agreements.view(await this.agreements.load(manager, id));
      await this.audit.record(manager, {
        entityType: 'agreement',
        entityId: id,
        action: 'status-changed',
        actorId,
        changes: diffSnapshots(before, auditSnapshot(view)),
        reason: dto.reason,
      });
      return view;
    });
  }
}

/** Expiry follows the dates: only an agreement past its end can be marked expired, and none past it can be (re)activated. */
function assertDatesAllow(to: AgreementStatus, agreement: Agreement, today: CalendarDate): void {
  if (to === 'active' && agreement.endDate !== null && agreement.endDate < today) throw new EndDatePassedError(agreement.endDate);
  if (to === 'expired' && (agreement.endDate === null || agreement.endDate >= today)) throw new NotYetEndedError(agreement.endDate);
  assertInForceFromStart(to, agreement.startDate, today);
}
