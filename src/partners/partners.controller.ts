import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryResponse } from '../audit/dto/audit-entry.response.js';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ClientGone } from '../common/http/client-gone.js';
import { IF_MATCH_HEADER as IF_MATCH, parseIfMatch, withEtag } from '../common/http/etag.js';
import { ListPartnersQuery, PartnerCount, PartnerFiltersQuery } from './dto/list-partners.query.js';
import { CreatePartnerDto, MergePartnersDto, ReasonDto, UpdatePartnerDto } from './dto/partner-write.dto.js';
import { PartnerPage } from './dto/partner-summary.response.js';
import { PartnerResponse } from './dto/partner.response.js';
import { PartnerMergeService } from './partner-merge.service.js';
import { PartnersRepository } from './partners.repository.js';
import { PartnersService } from './partners.service.js';


/** Officers and admins write any partner: the team shares its partners; owners are for reminders. */
@ApiTags('partners')
@StaffRoute()
@Controller('api/v1/partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnersService,
    private readonly repository: PartnersRepository,
    private readonly merger: PartnerMergeService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search and filter partners (keyset-paginated)', operationId: 'listPartners' })
  @ApiOkResponse({ type: PartnerPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListPartnersQuery, @CurrentUser() user: AuthenticatedUser, @ClientGone() gone: AbortSignal): Promise<PartnerPage> {
    return this.repository.page(query, user.id, gone);
  }

  @Get('count')
  @ApiOperation({ summary: 'How many partners match the list filters', operationId: 'countPartners' })
  @ApiOkResponse({ type: PartnerCount })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  async count(@Query() query: PartnerFiltersQuery, @CurrentUser() user: AuthenticatedUser, @ClientGone() gone: AbortSignal): Promise<PartnerCount> {
    return { count: await this.repository.count(query, user.id, gone) };
  }

  @Post()
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Create a partner (409 with candidates if it looks like a duplicate)', operationId: 'createPartner' })
  @ApiCreatedResponse({ type: PartnerResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [409, 'PARTNER.POSSIBLE_DUPLICATE, PARTNER.EXTERNAL_REF_TAKEN'],
    [422, 'REFERENCE.UNKNOWN, REFERENCE.RETIRED, PARTNER.UNKNOWN_OWNER, PARTNER.UNKNOWN_LIST'],
  )
  async create(
    @Body() dto: CreatePartnerDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return withEtag(reply, await this.partners.create(dto, user.id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a partner (ETag = version)', operationId: 'getPartner' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PARTNER.NOT_FOUND'])
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnerResponse> {
    return withEtag(reply, await this.partners.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Update a partner (optimistic concurrency via If-Match)', operationId: 'updatePartner' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'PARTNER.NOT_FOUND'],
    [409, 'PARTNER.ARCHIVED, PARTNER.EXTERNAL_REF_TAKEN'],
    [412, 'PARTNER.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, 'REFERENCE.UNKNOWN, REFERENCE.RETIRED, PARTNER.UNKNOWN_OWNER, PARTNER.UNKNOWN_LIST'],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePartnerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return withEtag(reply, await this.partners.update(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Archive a partner (hidden from lists, kept for history)', operationId: 'archivePartner' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'])
  async archive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return withEtag(reply, await this.partners.archive(id, user.id, dto.reason));
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Restore an archived partner', operationId: 'restorePartner' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'])
  async restore(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return withEtag(reply, await this.partners.restore(id, user.id, dto.reason));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Merge a duplicate into this partner (its contacts and links move here)', operationId: 'mergePartner' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'], [422, 'PARTNER.CANNOT_MERGE'])
  async merge(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MergePartnersDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return withEtag(reply, await this.merger.merge(id, dto.duplicateId, user.id, dto.reason));
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'The partner\'s audit trail, newest first', operationId: 'getPartnerAudit' })
  @ApiOkResponse({ type: AuditEntryResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PARTNER.NOT_FOUND'])
  async history(@Param('id', ParseUUIDPipe) id: string): Promise<AuditEntryResponse[]> {
    await this.partners.get(id);
    return this.audit.trail('partner', id, 200);
  }
}
