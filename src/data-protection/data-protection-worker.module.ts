import { Module } from '@nestjs/common';
import { ApplyRetentionHandler } from './apply-retention.handler.js';
import { AuditRedactor } from './audit-redactor.js';
import { PersonalDataEraser } from './personal-data-eraser.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { RetentionService } from './retention.service.js';

/** The retention job, loaded by the worker. */
@Module({ providers: [ApplyRetentionHandler, RetentionService, PersonalDataEraser, AuditRedactor, PersonalDataRepository] })
export class DataProtectionWorkerModule {}
