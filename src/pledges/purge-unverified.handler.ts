import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';
import { PLEDGE_MAIL_KINDS } from './pledge-mails.js';

/** Unverified signatures are personal data nobody confirmed: kept 30 days, then deleted. */
export const UNVERIFIED_RETENTION_DAYS = 30;

/**
 * Hourly retention for signing: deletes signatures still unverified 30 days after their last submission
 * (their tokens go with them), and blanks the bodies of signing mails already sent, which held secret
 * links. Idempotent: a second run finds nothing to do.
 */
@Injectable()
@HandlesJob('pledges.purge-unverified')
export class PurgeUnverifiedSignaturesHandler implements JobHandler<'pledges.purge-unverified'> {
  private readonly logger = new Logger('Pledges');

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    const [, purged] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM signatures WHERE status = 'submitted' AND submitted_at < now() - make_interval(days => $1)`,
      [UNVERIFIED_RETENTION_DAYS],
    );
    const [, redacted] = await this.dataSource.query<[unknown, number]>(
      `UPDATE mail_outbox SET text_body = '(removed after sending: it held a private link)', html_body = NULL
        WHERE kind = ANY($1::text[]) AND status IN ('sent', 'failed') AND html_body IS NOT NULL`,
      [PLEDGE_MAIL_KINDS],
    );
    if (purged > 0 || redacted > 0) this.logger.log({ msg: 'signing retention', purgedSignatures: purged, redactedMails: redacted });
  }
}
