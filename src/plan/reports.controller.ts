import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ParseInt4Pipe } from '../common/http/int-param.pipe.js';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { PeriodFigures } from './dto/figures.response.js';
import { FiguresQuery, FreezeQuarterDto, QUARTER_PATTERN } from './dto/plan.query.js';
import { AnnualReportResponse, QuarterlyUpdateList, QuarterlyUpdateResponse, QuarterPreviewResponse } from './dto/quarterly-update.response.js';
import { QuarterNotFoundError } from './plan.errors.js';
import { QuarterlyUpdatesService } from './quarterly-updates.service.js';
import { renderQuarterlyReport } from './report.js';

const quarterOf = (value: string): string => {
  if (!QUARTER_PATTERN.test(value)) throw new QuarterNotFoundError();
  return value;
};

function sendReport(reply: FastifyReply, html: string, cacheControl: string): void {
  void reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', cacheControl).send(html);
}

/** Coverage figures, frozen quarterly updates and the annual report, for staff. */
@ApiTags('reports')
@StaffRoute()
@Controller('api/v1')
export class ReportsController {
  constructor(private readonly quarters: QuarterlyUpdatesService) {}

  @Get('figures')
  @ApiOperation({ summary: 'Coverage and activity figures for a period (calendar days, inclusive)', operationId: 'getFigures' })
  @ApiOkResponse({ type: PeriodFigures })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, PLAN.INVALID_PERIOD'])
  figures(@Query() query: FiguresQuery): Promise<PeriodFigures> {
    return this.quarters.figuresFor(query.from, query.to);
  }

  @Get('quarterly-updates')
  @ApiOperation({ summary: 'Frozen quarters, latest first', operationId: 'listQuarterlyUpdates' })
  @ApiOkResponse({ type: QuarterlyUpdateList })
  list(): Promise<QuarterlyUpdateList> {
    return this.quarters.list(false);
  }

  @Post('quarterly-updates')
  @Roles('admin')
  @ApiOperation({
    summary: "Freeze an ended quarter (or, with `early` and a reason, one still running): an immutable snapshot of every activity as it stood at the quarter's end and the quarter's figures",
    operationId: 'freezeQuarter',
  })
  @ApiCreatedResponse({ type: QuarterlyUpdateResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'PLAN.QUARTER_FROZEN'], [422, 'PLAN.QUARTER_NOT_STARTED, PLAN.QUARTER_NOT_OVER'])
  freeze(@Body() dto: FreezeQuarterDto, @CurrentUser() user: AuthenticatedUser): Promise<QuarterlyUpdateResponse> {
    return this.quarters.freeze(dto, user.id);
  }

  @Get('quarterly-updates/:quarter/preview')
  @ApiOperation({ summary: 'Exactly what freezing the quarter now would record; nothing is written', operationId: 'previewQuarter' })
  @ApiOkResponse({ type: QuarterPreviewResponse })
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'], [422, 'PLAN.QUARTER_NOT_STARTED'])
  preview(@Param('quarter') quarter: string): Promise<QuarterPreviewResponse> {
    return this.quarters.preview(quarterOf(quarter));
  }

  @Get('quarterly-updates/:quarter')
  @ApiOperation({ summary: 'A frozen quarter', operationId: 'getQuarterlyUpdate' })
  @ApiOkResponse({ type: QuarterlyUpdateResponse })
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'])
  get(@Param('quarter') quarter: string): Promise<QuarterlyUpdateResponse> {
    return this.quarters.get(quarterOf(quarter), false);
  }

  @Post('quarterly-updates/:quarter/publish')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a frozen quarter on the public endpoints', operationId: 'publishQuarterlyUpdate' })
  @ApiOkResponse({ type: QuarterlyUpdateResponse })
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'])
  publish(@Param('quarter') quarter: string, @CurrentUser() user: AuthenticatedUser): Promise<QuarterlyUpdateResponse> {
    return this.quarters.publish(quarterOf(quarter), user.id);
  }

  @Get('quarterly-updates/:quarter/report')
  @ApiOperation({ summary: 'The printable report of a frozen quarter (HTML with SVG charts)', operationId: 'getQuarterlyReport' })
  @ApiProduces('text/html')
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'])
  async report(@Param('quarter') quarter: string, @Res() reply: FastifyReply): Promise<void> {
    const update = await this.quarters.get(quarterOf(quarter), false);
    sendReport(reply, renderQuarterlyReport(update, await this.quarters.labels(), { showOwners: true }), 'no-store');
  }

  @Get('annual-reports/:year')
  @ApiOperation({ summary: "The year's frozen quarters aggregated", operationId: 'getAnnualReport' })
  @ApiOkResponse({ type: AnnualReportResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PLAN.QUARTER_NOT_FOUND'])
  annual(@Param('year', ParseInt4Pipe) year: number): Promise<AnnualReportResponse> {
    return this.quarters.annual(year, false);
  }
}

/** Published quarters for the public website. */
@ApiTags('public reports')
@Public()
@Controller('public/quarterly-updates')
export class PublicReportsController {
  constructor(private readonly quarters: QuarterlyUpdatesService) {}

  @Get()
  @ApiOperation({ summary: 'Published quarterly updates, latest first', operationId: 'listPublicQuarterlyUpdates' })
  @ApiOkResponse({ type: QuarterlyUpdateList })
  async list(@Res({ passthrough: true }) reply: FastifyReply): Promise<QuarterlyUpdateList> {
    void reply.header('cache-control', 'public, max-age=300');
    return this.quarters.list(true);
  }

  @Get(':quarter')
  @ApiOperation({ summary: 'A published quarterly update (only published quarters exist here)', operationId: 'getPublicQuarterlyUpdate' })
  @ApiOkResponse({ type: QuarterlyUpdateResponse })
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'])
  async get(@Param('quarter') quarter: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<QuarterlyUpdateResponse> {
    const update = await this.quarters.get(quarterOf(quarter), true);
    void reply.header('cache-control', 'public, max-age=3600').header('access-control-allow-origin', '*');
    return update;
  }

  @Get(':quarter/report')
  @ApiOperation({ summary: 'The printable report of a published quarter', operationId: 'getPublicQuarterlyReport' })
  @ApiProduces('text/html')
  @ApiProblems([404, 'PLAN.QUARTER_NOT_FOUND'])
  async report(@Param('quarter') quarter: string, @Res() reply: FastifyReply): Promise<void> {
    const update = await this.quarters.get(quarterOf(quarter), true);
    sendReport(reply, renderQuarterlyReport(update, await this.quarters.labels(), { showOwners: update.showStaffNames }), 'public, max-age=3600');
  }
}
