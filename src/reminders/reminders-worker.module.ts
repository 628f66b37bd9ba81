import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { ReminderDigestService } from './reminder-digest.service.js';
import { ReminderDigestHandler, ReminderPlanHandler } from './reminder-jobs.handlers.js';
import { ReminderPlanner } from './reminder-planner.service.js';
import { RemindersRepository } from './reminders.repository.js';

/** Reminder jobs, loaded by the worker: the daily planner and the per-owner digests. */
@Module({
  imports: [MailModule],
  providers: [RemindersRepository, ReminderPlanner, ReminderDigestService, ReminderPlanHandler, ReminderDigestHandler],
  exports: [ReminderPlanner, ReminderDigestService],
})
export class RemindersWorkerModule {}
