import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ReminderPreferencesResponse, UpdateReminderPreferencesDto } from './dto/reminder-preferences.dto.js';
import { ReminderPreferencesService } from './reminder-preferences.service.js';

@ApiTags('reminders')
@StaffRoute()
@Controller('api/v1/me/reminder-preferences')
export class MyReminderPreferencesController {
  constructor(private readonly preferences: ReminderPreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'How often you get reminder digests', operationId: 'getMyReminderPreferences' })
  @ApiOkResponse({ type: ReminderPreferencesResponse })
  get(@CurrentUser() user: AuthenticatedUser): Promise<ReminderPreferencesResponse> {
    return this.preferences.get(user.id);
  }

  @Put()
  @ApiOperation({ summary: 'Choose daily or weekly reminder digests, or pause them', operationId: 'putMyReminderPreferences' })
  @ApiOkResponse({ type: ReminderPreferencesResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  put(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateReminderPreferencesDto): Promise<ReminderPreferencesResponse> {
    return this.preferences.put(user.id, dto);
  }
}

@ApiTags('reminders')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/users/:id/reminder-preferences')
export class UserReminderPreferencesController {
  constructor(private readonly preferences: ReminderPreferencesService) {}

  @Put()
  @ApiOperation({ summary: 'Set a staff member\'s reminder digest frequency', operationId: 'putUserReminderPreferences' })
  @ApiOkResponse({ type: ReminderPreferencesResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST'], [404, 'USER.NOT_FOUND'])
  put(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReminderPreferencesDto): Promise<ReminderPreferencesResponse> {
    return this.preferences.put(id, dto);
  }
}
