import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, type JobHandler } from '../queue/job-handler.decorator.js';

/** Nightly: drops expired rate-limit windows and long-expired refresh tokens. Idempotent. */
@Injectable()
@HandlesJob('maintenance.purge-expired')
export class PurgeExpiredHandler implements JobHandler<'maintenance.purge-expired'> {
  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE expires_at < now()');
    await this.dataSource.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'`);
  }
}
