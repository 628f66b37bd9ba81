import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryResponse } from '../audit/dto/audit-entry.response.js';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { etagFor, parseIfMatch } from '../common/http/etag.js';
import { AgreementStatusService } from './agreement-status.service.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementPage } from './dto/agreement-summary.response.js';
import { ChangeAgreementStatusDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement-write.dto.js';
import { AgreementResponse } from './dto/agreement.response.js';
import { ListAgreementsQuery } from './dto/list-agreements.query.js';

const withEtag = (reply: FastifyReply, view: AgreementResponse): AgreementResponse => {
  void reply.header('etag', etagFor(view.version));
  return view;
};
const REFERENCE_PROBLEMS = 'REFERENCE.UNKNOWN, REFERENCE.RETIRED, AGREEMENT.UNKNOWN_PARTY, AGREEMENT.PARTY_ARCHIVED, AGREEMENT.UNKNOWN_OWNER';

/** Officers and admins write agreements; viewers read. */
@ApiTags('agreements')
@StaffRoute()
@Controller('api/v1/agreements')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly statuses: AgreementStatusService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Filter agreements, e.g. due for review or expiring (keyset-paginated)', operationId: 'listAgreements' })
  @ApiOkResponse({ type: AgreementPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListAgreementsQuery, @CurrentUser() user: AuthenticatedUser): Promise<AgreementPage> {
    return this.agreements.list(query, user.id);
  }

  @Post()
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Record an agreement or standing commitment', operationId: 'createAgreement' })
  @ApiCreatedResponse({ type: AgreementResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [422, `${REFERENCE_PROBLEMS}, AGREEMENT.INVALID_DATES, AGREEMENT.NOT_YET_STARTED`])
  async create(
    @Body() dto: CreateAgreementDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementResponse> {
    return withEtag(reply, await this.agreements.create(dto, user.id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an agreement with its computed expiry and due dates (ETag = version)', operationId: 'getAgreement' })
  @ApiOkResponse({ type: AgreementResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'AGREEMENT.NOT_FOUND'])
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementResponse> {
    return withEtag(reply, await this.agreements.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) you last read.' })
  @ApiOperation({ summary: 'Update an agreement (not its status; optimistic concurrency via If-Match)', operationId: 'updateAgreement' })
  @ApiOkResponse({ type: AgreementResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'AGREEMENT.NOT_FOUND'],
    [412, 'AGREEMENT.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, `${REFERENCE_PROBLEMS}, AGREEMENT.INVALID_DATES, AGREEMENT.NOT_YET_STARTED`],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAgreementDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementResponse> {
    return withEtag(reply, await this.agreements.update(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiHeader({ name: 'If-Match', required: false, description: 'Optional: the ETag you last read; a stale one gets 412.' })
  @ApiOperation({ summary: 'Change the status along the allowed transitions (renew with new dates)', operationId: 'changeAgreementStatus' })
  @ApiOkResponse({ type: AgreementResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'AGREEMENT.NOT_FOUND'],
    [412, 'AGREEMENT.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, 'AGREEMENT.ILLEGAL_TRANSITION, AGREEMENT.END_DATE_PASSED, AGREEMENT.NOT_YET_ENDED, AGREEMENT.NOT_YET_STARTED, AGREEMENT.INVALID_DATES'],
  )
  async changeStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeAgreementStatusDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementResponse> {
    const expected = ifMatch === undefined ? null : parseIfMatch(ifMatch);
    return withEtag(reply, await this.statuses.change(id, dto, expected, user.id));
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'The agreement\'s audit trail (changes, status changes, documents), newest first', operationId: 'getAgreementAudit' })
  @ApiOkResponse({ type: AuditEntryResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'AGREEMENT.NOT_FOUND'])
  async history(@Param('id', ParseUUIDPipe) id: string): Promise<AuditEntryResponse[]> {
    await this.agreements.get(id);
    return this.audit.trail('agreement', id, 200);
  }
}
