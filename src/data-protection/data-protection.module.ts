import { Module } from '@nestjs/common';
import { AuditRedactor } from './audit-redactor.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentsService } from './consents.service.js';
import { DataProtectionController } from './data-protection.controller.js';
import { DataSubjects } from './data-subjects.js';
import { ErasureService } from './erasure.service.js';
import { MentionScanner } from './mention-scanner.js';
import { PersonalDataEraser } from './personal-data-eraser.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { QueuePersonalData } from './queue-personal-data.js';
import { SubjectAccessService } from './subject-access.service.js';

/** Consent records, subject access and erasure (the API side; retention runs in the worker). */
@Module({
  controllers: [DataProtectionController, ConsentsController],
  providers: [
    ConsentsService,
    SubjectAccessService,
    ErasureService,
    DataSubjects,
    PersonalDataRepository,
    MentionScanner,
    PersonalDataEraser,
    AuditRedactor,
    QueuePersonalData,
  ],
})
export class DataProtectionModule {}
