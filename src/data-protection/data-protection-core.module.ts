import { Global, Module } from '@nestjs/common';
import { ConsentLedger } from './consent-ledger.service.js';
import { SubjectHasher } from './subject-hash.js';
import { SuppressionList } from './suppression-list.service.js';

/**
 * What every feature that holds personal data needs: the consent ledger, the suppression list and the keyed
 * hash. Global, like the audit trail, and loaded by the API, the worker and the CLI.
 */
@Global()
@Module({ providers: [SubjectHasher, SuppressionList, ConsentLedger], exports: [SubjectHasher, SuppressionList, ConsentLedger] })
export class DataProtectionCoreModule {}
