import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface Transaction {
  manager: EntityManager;
  /** Runs after a successful commit (e.g. enqueue a job for an outbox row). Never on rollback. */
  afterCommit(effect: () => Promise<void>): void;
}

/** Runs work in one database transaction with after-commit side effects. */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const effects: (() => Promise<void>)[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (effect) => effects.push(effect) }),
    );
    for (const effect of effects) {
      // The committed rows are the source of truth; a lost effect is recovered by a sweeper job.
      await effect().catch((error: unknown) =>
        this.logger.warn({ msg: 'after-commit effect failed', error: error instanceof Error ? error.message : 'unknown' }),
      );
    }
    return result;
  }
}
