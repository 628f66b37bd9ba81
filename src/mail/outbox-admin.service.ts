import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionRunner } from '../database/transaction.js';
import { toOutboxMailResponse, type ListOutboxQuery, type OutboxMailPage, type OutboxMailResponse } from './dto/outbox-mail.dto.js';
import { OutboxMailContentRemovedError, OutboxMailNotFailedError, OutboxMailNotFoundError } from './mail.errors.js';
import { outboxMessageId } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

const DEFAULT_LIMIT = 25;
/** Bodies blanked by retention or by the signing purge start so ('(removed under …' / '(removed after …'). */
const REMOVED_BODY_PREFIX = '(removed ';

/** Staff view of the outbox: mails by state, and a second chance for failed ones (API and CLI). */
@Injectable()
export class OutboxAdminService {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly dispatcher: OutboxService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: ListOutboxQuery): Promise<OutboxMailPage> {
    const state = query.state ?? 'failed';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const sort = `created-desc:${state}`;
    const after = query.cursor ? decodeCursor(query.cursor, sort) : null;
    const rows = await this.outbox.list(state, limit + 1, after ? { createdAt: String(after[0]), id: String(after[1]) } : null);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toOutboxMailResponse(row, outboxMessageId(row.id))),
      total: await this.outbox.count(state),
      nextCursor: rows.length > limit && last ? encodeCursor(sort, [last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /** Puts a failed mail back in line with a fresh retry horizon, same Message-ID; audited. */
  async resend(id: string, actorId: string | null): Promise<OutboxMailResponse> {
    await this.reopen(id, actorId, (attempts) => this.dispatcher.dispatch(id, attempts));
    const after = await this.outbox.findOne(id);
    if (!after) throw new OutboxMailNotFoundError();
    return toOutboxMailResponse(after, outboxMessageId(id));
  }

  /**
   * An operator retries the failed `mail.send` job of this mail: the row is reopened (as by a resend) so the
   * job, run again, finds it pending and sends it; the job itself is the one that runs, so none is enqueued.
   */
  async reopenForJobRetry(id: string, actorId: string): Promise<void> {
    await this.reopen(id, actorId, null);
  }

  private async reopen(id: string, actorId: string | null, dispatch: ((attempts: number) => Promise<void>) | null): Promise<void> {
    const before = await this.outbox.findOne(id);
    if (!before) throw new OutboxMailNotFoundError();
    if (before.status !== 'failed') throw new OutboxMailNotFailedError(before.status);
    if (before.textBody.startsWith(REMOVED_BODY_PREFIX)) throw new OutboxMailContentRemovedError();
    await this.transactions.run(async (tx) => {
      const reopened = await this.outbox.reopenFailed(tx.manager, id, this.config.mail.retry.horizonSeconds);
      if (!reopened) throw new OutboxMailNotFailedError('no longer failed');
      await this.audit.record(tx.manager, {
        entityType: 'mail',
        entityId: id,
        action: 'resent',
        actorId,
        changes: { state: { before: 'failed', after: 'pending' } },
      });
      if (dispatch) tx.afterCommit(() => dispatch(reopened.attempts));
    });
    this.logger.log({ msg: 'failed mail resent', outboxId: id, kind: before.kind, actorId, by: dispatch ? 'outbox' : 'job retry' });
  }
}
