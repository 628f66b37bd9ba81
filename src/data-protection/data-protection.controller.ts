import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ErasureDto, ErasurePreviewDto } from './dto/erasure.dto.js';
import { ErasurePreviewResponse, ErasureResponse, SuppressionListResponse } from './dto/erasure.response.js';
import { SubjectAccessQuery } from './dto/subject-access.query.js';
import { SubjectAccessResponse } from './dto/subject-access.response.js';
import { ErasureService } from './erasure.service.js';
import { subjectAccessSummary } from './subject-access-summary.js';
import { SubjectAccessService } from './subject-access.service.js';
import { SuppressionList } from './suppression-list.service.js';

/** A browser (or anyone asking for HTML rather than JSON) gets the readable summary. */
function wantsSummary(format: SubjectAccessQuery['format'], accept: string | undefined): boolean {
  if (format) return format === 'summary';
  return /\btext\/html\b/.test(accept ?? '') && !/\bapplication\/json\b/.test(accept ?? '');
}

@ApiTags('data protection')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/data-protection')
export class DataProtectionController {
  constructor(
    private readonly subjectAccess: SubjectAccessService,
    private readonly erasures: ErasureService,
    private readonly suppression: SuppressionList,
  ) {}

  @Get('subject-access')
  @ApiProduces('application/json', 'text/html')
  @ApiOperation({
    summary: 'Everything held about a person, found by email, table by table with ids (JSON, or a readable HTML summary)',
    operationId: 'getSubjectAccessReport',
  })
  @ApiOkResponse({ type: SubjectAccessResponse, description: 'JSON by default; `format=summary` or `Accept: text/html` gives an HTML page.' })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  async report(
    @Query() query: SubjectAccessQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectAccessResponse | string> {
    const report = await this.subjectAccess.report(query.email);
    if (!wantsSummary(query.format, accept)) return report;
    void reply.header('content-type', 'text/html; charset=utf-8');
    return subjectAccessSummary(report);
  }

  @Post('erasures')
  @ApiOperation({
    summary: 'Erase a person: pseudonymise them everywhere, suppress their address, audit it by keyed hash only',
    operationId: 'erasePerson',
  })
  @ApiCreatedResponse({ type: ErasureResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'DATA_PROTECTION.STAFF_ACCOUNT'])
  erase(@Body() dto: ErasureDto, @CurrentUser() user: AuthenticatedUser): Promise<ErasureResponse> {
    return this.erasures.erase(dto, user.id);
  }

  @Post('erasures/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What erasing a person would change, per table: the erasure run and rolled back, so the counts are the erasure\'s own',
    operationId: 'previewErasure',
  })
  @ApiOkResponse({ type: ErasurePreviewResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'DATA_PROTECTION.STAFF_ACCOUNT'])
  preview(@Body() dto: ErasurePreviewDto, @CurrentUser() user: AuthenticatedUser): Promise<ErasurePreviewResponse> {
    return this.erasures.preview(dto.email, user.id);
  }

  @Get('suppression-list')
  @ApiOperation({ summary: 'The size of the suppression list (erased people, by keyed hash only)', operationId: 'getSuppressionList' })
  @ApiOkResponse({ type: SuppressionListResponse })
  async suppressionList(): Promise<SuppressionListResponse> {
    return { size: await this.suppression.size() };
  }
}
