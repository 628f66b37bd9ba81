import { Module } from '@nestjs/common';
import { MyReminderPreferencesController, UserReminderPreferencesController } from './reminder-preferences.controller.js';
import { ReminderPreferencesService } from './reminder-preferences.service.js';
import { ReminderRunsController } from './reminder-runs.controller.js';
import { ReminderRunsRepository } from './reminder-runs.repository.js';

/** The API side of reminders: staff digest preferences and the runs' record. The jobs live in RemindersWorkerModule. */
@Module({
  controllers: [MyReminderPreferencesController, UserReminderPreferencesController, ReminderRunsController],
  providers: [ReminderPreferencesService, ReminderRunsRepository],
})
export class RemindersModule {}
