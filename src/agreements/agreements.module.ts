import { Module } from '@nestjs/common';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { AgreementStatusService } from './agreement-status.service.js';
import { AgreementWriter } from './agreement-writer.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';
import { InstitutionCalendar } from './calendar.js';
import { CommitmentRegisterController } from './commitment-register.controller.js';
import { CommitmentRegisterService } from './commitment-register.service.js';
import { AgreementDocumentsController } from './documents/agreement-documents.controller.js';
import { AgreementDocumentsService } from './documents/agreement-documents.service.js';
import { DatabaseDocumentStore } from './documents/database-document-store.js';
import { DOCUMENT_STORE } from './documents/document-store.js';

/** Agreements and standing commitments, their documents, and each partner's commitment register. */
@Module({
  imports: [ReferenceDataModule],
  controllers: [AgreementsController, AgreementDocumentsController, CommitmentRegisterController],
  providers: [
    AgreementsService,
    AgreementStatusService,
    AgreementsRepository,
    AgreementWriter,
    AgreementDocumentsService,
    CommitmentRegisterService,
    InstitutionCalendar,
    { provide: DOCUMENT_STORE, useClass: DatabaseDocumentStore },
  ],
  exports: [AgreementsService],
})
export class AgreementsModule {}
