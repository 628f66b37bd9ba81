import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DataProtectionCoreModule } from './data-protection/data-protection-core.module.js';
import { DataProtectionWorkerModule } from './data-protection/data-protection-worker.module.js';
import { DialogueWorkerModule } from './dialogue/dialogue-worker.module.js';
import { MailWorkerModule } from './mail/mail-worker.module.js';
import { MaintenanceModule } from './maintenance/maintenance.module.js';
import { PublishingWorkerModule } from './publishing/publishing-worker.module.js';
import { QueueModule } from './queue/queue.module.js';
import { WorkerHostModule } from './queue/worker-host.module.js';
import { RemindersWorkerModule } from './reminders/reminders-worker.module.js';
import { PledgesWorkerModule } from './pledges/pledges-worker.module.js';
import { PartnerImportsWorkerModule } from './partner-imports/partner-imports-worker.module.js';

/** The job worker: no HTTP controllers, only job handlers and schedulers. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    AuditModule,
    DataProtectionCoreModule,
    QueueModule,
    WorkerHostModule,
    MailWorkerModule,
    MaintenanceModule,
    DialogueWorkerModule,
    RemindersWorkerModule,
    PublishingWorkerModule,
    PledgesWorkerModule,
    DataProtectionWorkerModule,
    PartnerImportsWorkerModule,
  ],
})
export class WorkerModule {}
