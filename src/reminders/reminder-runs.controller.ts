import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ListReminderRunsQuery, ReminderRunsResponse, toReminderRunResponse } from './dto/reminder-run.response.js';
import { ReminderRunsRepository } from './reminder-runs.repository.js';

const DEFAULT_RUNS = 14;

@ApiTags('reminders')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/admin/reminder-runs')
export class ReminderRunsController {
  constructor(
    private readonly runs: ReminderRunsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The latest daily reminder runs: when, digests and items, and failures', operationId: 'listReminderRuns' })
  @ApiOkResponse({ type: ReminderRunsResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  async list(@Query() query: ListReminderRunsQuery): Promise<ReminderRunsResponse> {
    const runs = await this.runs.latest(query.limit ?? DEFAULT_RUNS);
    return { cron: this.config.reminders.cron, timeZone: this.config.timeZone, runs: runs.map(toReminderRunResponse) };
  }
}
