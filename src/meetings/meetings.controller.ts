import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { IF_MATCH_HEADER as IF_MATCH, parseIfMatch, withEtag } from '../common/http/etag.js';
import { ReasonDto } from '../partners/dto/partner-write.dto.js';
import { ActionPage, ListActionsQuery } from './dto/action-list.dto.js';
import { CreateActionDto, CreateMeetingDto, ListMeetingsQuery, UpdateActionDto, UpdateMeetingDto } from './dto/meeting-write.dto.js';
import { ActionResponse, MeetingPage, MeetingResponse } from './dto/meeting.response.js';
import { ActionListRepository } from './action-list.repository.js';
import { MeetingActionsService } from './meeting-actions.service.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';

const REFERENCE_PROBLEMS = 'MEETING.INVALID_REFERENCE, REFERENCE.UNKNOWN, REFERENCE.RETIRED';

@ApiTags('meetings')
@StaffRoute()
@Controller('api/v1/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly repository: MeetingsRepository,
    private readonly actions: MeetingActionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Meeting logs, newest first (filter by partner, staff, dates)', operationId: 'listMeetings' })
  @ApiOkResponse({ type: MeetingPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListMeetingsQuery, @CurrentUser() user: AuthenticatedUser): Promise<MeetingPage> {
    return this.repository.page(query, user.id);
  }

  @Post()
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Log a meeting (updates each partner\'s last-dialogue date)', operationId: 'createMeeting' })
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [422, REFERENCE_PROBLEMS])
  async create(@Body() dto: CreateMeetingDto, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingResponse> {
    return withEtag(reply, await this.meetings.create(dto, user.id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a meeting log', operationId: 'getMeeting' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'MEETING.NOT_FOUND'])
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingResponse> {
    return withEtag(reply, await this.meetings.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Edit a meeting log (If-Match)', operationId: 'updateMeeting' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'MEETING.NOT_FOUND'],
    [412, 'MEETING.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, REFERENCE_PROBLEMS],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateMeetingDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingResponse> {
    return withEtag(reply, await this.meetings.update(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Delete a meeting log (If-Match); dialogue dates are recomputed', operationId: 'deleteMeeting' })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'MEETING.NOT_FOUND'], [412, 'MEETING.VERSION_CONFLICT, REQUEST.WEAK_ETAG'], [428, 'REQUEST.PRECONDITION_REQUIRED'])
  async delete(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.meetings.delete(id, parseIfMatch(ifMatch), user.id, dto?.reason);
  }

  @Post(':id/actions')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Add a follow-up action to a meeting', operationId: 'addMeetingAction' })
  @ApiCreatedResponse({ type: ActionResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'MEETING.NOT_FOUND'], [422, 'MEETING.INVALID_REFERENCE'])
  addAction(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateActionDto, @CurrentUser() user: AuthenticatedUser): Promise<ActionResponse> {
    return this.actions.add(id, dto, user.id);
  }
}

@ApiTags('meetings')
@StaffRoute()
@Controller('api/v1/actions')
export class ActionsController {
  constructor(
    private readonly list: ActionListRepository,
    private readonly actions: MeetingActionsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Follow-up actions with their owner, meeting and partners (by owner, status, overdue, due date, partner), overdue first',
    operationId: 'listActions',
  })
  @ApiOkResponse({ type: ActionPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  page(@Query() query: ListActionsQuery, @CurrentUser() user: AuthenticatedUser): Promise<ActionPage> {
    return this.list.page(query, user.id);
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Update an action (mark done or dropped, reassign, move the due date)', operationId: 'updateAction' })
  @ApiOkResponse({ type: ActionResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'ACTION.NOT_FOUND'], [422, 'MEETING.INVALID_REFERENCE'])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateActionDto, @CurrentUser() user: AuthenticatedUser): Promise<ActionResponse> {
    return this.actions.update(id, dto, user.id);
  }
}
