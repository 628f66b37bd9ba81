import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PublisherService } from './publisher.service.js';

/**
 * Without it the public list answers 404 PUBLICATION.NONE_YET until the hourly publish, though partners are
 * listed. Several workers starting at once are safe: the publisher is serialised by an advisory lock and
 * stores no version whose content equals the latest, so the second finds the first's and adds nothing.
 */
@Injectable()
export class FirstPublication implements OnApplicationBootstrap {
  private readonly logger = new Logger('Publishing');

  constructor(
    private readonly publisher: PublisherService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.publishing.atFirstBoot) return;
    const [{ published }] = await this.dataSource.query<{ published: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM publications) AS published',
    );
    if (published) return;
    try {
      const outcome = await this.publisher.publish(null);
      this.logger.log({ msg: 'first partner list published at start', version: outcome.version, created: outcome.created });
    } catch (error: unknown) {
      // Not a reason to refuse to start: the hourly publish tries again.
      this.logger.error({ msg: 'first publication failed', error: error instanceof Error ? error.message : 'unknown' });
    }
  }
}
