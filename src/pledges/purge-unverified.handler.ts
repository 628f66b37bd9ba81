import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { PLEDGE_MAIL_KINDS } from './pledge-mails.js';

const DAY_MS = 86_400_000;

/**
 * Signing retention, as of `asOf`: deletes signatures still unverified `days` after their last submission (their
 * tokens and consent events go with them), and blanks the bodies of signing mails already sent, which held
 * secret links. Idempotent: a second run finds nothing to do. Also applied by the daily data-protection job.
 */
export async function purgeUnverifiedSignatures(manager: EntityManager, asOf: Date, days: number): Promise<{ purged: number; redacted: number }> {
  const [{ purged }] = await manager.query<{ purged: number }[]>(
    `WITH purged AS (DELETE FROM signatures WHERE status = 'submitted' AND submitted_at < $1 RETURNING id),
          events AS (DELETE FROM consent_events WHERE subject_type = 'signature' AND subject_id IN (SELECT id FROM purged))
     SELECT count(*)::int AS purged FROM purged`,
    [new Date(asOf.getTime() - days * DAY_MS)],
  );
  const [, redacted] = await manager.query<[unknown, number]>(
    `UPDATE mail_outbox SET text_body = '(removed after sending: it held a private link)', html_body = NULL
      WHERE kind = ANY($1::text[]) AND status IN ('sent', 'failed') AND html_body IS NOT NULL`,
    [PLEDGE_MAIL_KINDS],
  );
  return { purged, redacted };
}

/** Hourly: unverified signatures are personal data nobody confirmed (RETENTION_UNVERIFIED_SIGNATURE_DAYS). */
@Injectable()
@HandlesJob('pledges.purge-unverified')
export class PurgeUnverifiedSignaturesHandler implements JobHandler<'pledges.purge-unverified'> {
  private readonly logger = new Logger('Pledges');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const days = this.config.dataProtection.retention.unverifiedSignatureDays;
    const { purged, redacted } = await purgeUnverifiedSignatures(this.dataSource.manager, new Date(), days);
    if (purged > 0 || redacted > 0) this.logger.log({ msg: 'signing retention', purgedSignatures: purged, redactedMails: redacted });
  }
}
