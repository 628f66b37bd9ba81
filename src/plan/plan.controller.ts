import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { IF_MATCH_HEADER, parseIfMatch, withEtag } from '../common/http/etag.js';
import {
  CorrectProgressUpdateDto,
  CreateActivityDto,
  CreateCaseStudyDto,
  CreateProgressUpdateDto,
  UpdateActivityDto,
  UpdateCaseStudyDto,
  WithdrawProgressUpdateDto,
} from './dto/activity-write.dto.js';
import { ActivityList, ActivityResponse, CaseStudyResponse, ProgressUpdateResponse } from './dto/activity.response.js';
import { ListActivitiesQuery, ListCaseStudiesQuery } from './dto/plan.query.js';
import { CaseStudiesService } from './case-studies.service.js';
import { PlanActivitiesService } from './plan-activities.service.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

const LINK_PROBLEMS = 'REFERENCE.UNKNOWN, REFERENCE.RETIRED, PLAN.UNKNOWN_LINK, PLAN.UNKNOWN_OWNER';

/** The implementation plan: activities, their progress and case studies. Officers and admins write; viewers read. */
@ApiTags('implementation plan')
@StaffRoute()
@Controller('api/v1/plan')
export class PlanController {
  constructor(
    private readonly plan: PlanActivitiesService,
    private readonly progressUpdates: ProgressUpdatesService,
    private readonly caseStudies: CaseStudiesService,
  ) {}

  @Get('activities')
  @ApiOperation({ summary: 'Plan activities, by target date, with their latest progress', operationId: 'listPlanActivities' })
  @ApiOkResponse({ type: ActivityList })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  list(@Query() query: ListActivitiesQuery): Promise<ActivityList> {
    return this.plan.list(query);
  }

  @Post('activities')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Add an activity to the implementation plan', operationId: 'createPlanActivity' })
  @ApiCreatedResponse({ type: ActivityResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [422, LINK_PROBLEMS])
  async create(@Body() dto: CreateActivityDto, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityResponse> {
    return withEtag(reply, await this.plan.create(dto, user.id));
  }

  @Get('activities/:id')
  @ApiOperation({ summary: 'One activity (ETag = version)', operationId: 'getPlanActivity' })
  @ApiOkResponse({ type: ActivityResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PLAN.ACTIVITY_NOT_FOUND'])
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityResponse> {
    return withEtag(reply, await this.plan.get(id));
  }

  @Patch('activities/:id')
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOperation({ summary: 'Change an activity (If-Match required); audited', operationId: 'updatePlanActivity' })
  @ApiOkResponse({ type: ActivityResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'PLAN.ACTIVITY_NOT_FOUND'],
    [412, 'PLAN.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, LINK_PROBLEMS],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateActivityDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityResponse> {
    return withEtag(reply, await this.plan.update(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Get('activities/:id/progress')
  @ApiOperation({ summary: 'Progress updates of an activity, latest first, withdrawn ones included', operationId: 'listPlanProgress' })
  @ApiOkResponse({ type: [ProgressUpdateResponse] })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PLAN.ACTIVITY_NOT_FOUND'])
  progress(@Param('id', ParseUUIDPipe) id: string): Promise<ProgressUpdateResponse[]> {
    return this.progressUpdates.list(id);
  }

  @Post('activities/:id/progress')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Report progress (dated today or earlier) with a RAG rating and evidence links; the latest report sets the status', operationId: 'addPlanProgress' })
  @ApiCreatedResponse({ type: ProgressUpdateResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PLAN.ACTIVITY_NOT_FOUND'], [422, 'PLAN.PROGRESS_IN_FUTURE'])
  addProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateProgressUpdateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProgressUpdateResponse> {
    return this.progressUpdates.add(id, dto, user.id);
  }

  @Post('activities/:id/progress/:updateId/correction')
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: 'Correct a wrong progress update: it is withdrawn and this one takes its place; the status follows the latest that stands; audited',
    operationId: 'correctPlanProgress',
  })
  @ApiCreatedResponse({ type: ProgressUpdateResponse, description: 'The correcting update.' })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'PLAN.ACTIVITY_NOT_FOUND, PLAN.PROGRESS_NOT_FOUND'],
    [409, 'PLAN.PROGRESS_WITHDRAWN'],
    [422, 'PLAN.PROGRESS_IN_FUTURE'],
  )
  correctProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('updateId', ParseUUIDPipe) updateId: string,
    @Body() dto: CorrectProgressUpdateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProgressUpdateResponse> {
    return this.progressUpdates.correct(id, updateId, dto, user.id);
  }

  @Post('activities/:id/progress/:updateId/withdrawal')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Withdraw a wrong progress update (kept, struck through); the status follows the latest that stands; audited', operationId: 'withdrawPlanProgress' })
  @ApiOkResponse({ type: ProgressUpdateResponse, description: 'The withdrawn update.' })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PLAN.ACTIVITY_NOT_FOUND, PLAN.PROGRESS_NOT_FOUND'], [409, 'PLAN.PROGRESS_WITHDRAWN'])
  withdrawProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('updateId', ParseUUIDPipe) updateId: string,
    @Body() dto: WithdrawProgressUpdateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProgressUpdateResponse> {
    return this.progressUpdates.withdraw(id, updateId, dto, user.id);
  }

  @Get('case-studies')
  @ApiOperation({ summary: 'Case studies, newest first (at most 500), optionally only those of one activity or partner', operationId: 'listCaseStudies' })
  @ApiOkResponse({ type: [CaseStudyResponse] })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  listCaseStudies(@Query() query: ListCaseStudiesQuery): Promise<CaseStudyResponse[]> {
    return this.caseStudies.list(query);
  }

  @Post('case-studies')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Write a case study linked to activities and partners', operationId: 'createCaseStudy' })
  @ApiCreatedResponse({ type: CaseStudyResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [422, 'PLAN.UNKNOWN_LINK'])
  createCaseStudy(@Body() dto: CreateCaseStudyDto): Promise<CaseStudyResponse> {
    return this.caseStudies.create(dto);
  }

  @Get('case-studies/:id')
  @ApiOperation({ summary: 'A case study', operationId: 'getCaseStudy' })
  @ApiOkResponse({ type: CaseStudyResponse })
  @ApiProblems([404, 'PLAN.CASE_STUDY_NOT_FOUND'])
  getCaseStudy(@Param('id', ParseUUIDPipe) id: string): Promise<CaseStudyResponse> {
    return this.caseStudies.get(id);
  }

  @Patch('case-studies/:id')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Edit a case study: its title, story, or the activities and partners it is linked to', operationId: 'updateCaseStudy' })
  @ApiOkResponse({ type: CaseStudyResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PLAN.CASE_STUDY_NOT_FOUND'], [422, 'PLAN.UNKNOWN_LINK'])
  updateCaseStudy(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCaseStudyDto): Promise<CaseStudyResponse> {
    return this.caseStudies.update(id, dto);
  }
}
