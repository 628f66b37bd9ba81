import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { DataProtectionCoreModule } from './data-protection/data-protection-core.module.js';
import { DataProtectionModule } from './data-protection/data-protection.module.js';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MailModule } from './mail/mail.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { PartnerImportsModule } from './partner-imports/partner-imports.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { PlanModule } from './plan/plan.module.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { QueueModule } from './queue/queue.module.js';
import { QueueOperationsModule } from './queue-operations/queue-operations.module.js';
import { ReferenceDataModule } from './reference-data/reference-data.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { TimelineModule } from './timeline/timeline.module.js';
import { UsersModule } from './users/users.module.js';
import { PledgesModule } from './pledges/pledges.module.js';
import { PortalModule } from './portal/portal.module.js';
import { WebAppModule } from './web-app/web-app.module.js';
import { SavedViewsModule } from './saved-views/saved-views.module.js';
import { WorkModule } from './work/work.module.js';

/** The HTTP API. Infrastructure first, then features. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    MailModule,
    AuditModule,
    DataProtectionCoreModule,
    AuthModule,
    UsersModule,
    AccountsModule,
    HealthModule,
    ReferenceDataModule,
    PartnersModule,
    ContactsModule,
    MeetingsModule,
    TimelineModule,
    CalendarModule,
    RemindersModule,
    PublishingModule,
    AgreementsModule,
    PledgesModule,
    PortalModule,
    PlanModule,
    QueueOperationsModule,
    DataProtectionModule,
    PartnerImportsModule,
    SavedViewsModule,
    WorkModule,
    WebAppModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class AppModule {}
