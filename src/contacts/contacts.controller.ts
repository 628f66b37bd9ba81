import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryResponse } from '../audit/dto/audit-entry.response.js';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { IF_MATCH_HEADER as IF_MATCH, parseIfMatch, withEtag } from '../common/http/etag.js';
import { ReasonDto } from '../partners/dto/partner-write.dto.js';
import { ContactsService } from './contacts.service.js';
import { CreateContactDto, ListContactsQuery, MoveContactDto, UpdateContactDto } from './dto/contact-write.dto.js';
import { AffiliationResponse, ContactResponse } from './dto/contact.response.js';


@ApiTags('contacts')
@StaffRoute()
@Controller('api/v1/partners/:partnerId/contacts')
export class PartnerContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @ApiOperation({ summary: 'The people at a partner organisation (primary first)', operationId: 'listPartnerContacts' })
  @ApiOkResponse({ type: ContactResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'])
  list(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Query() query: ListContactsQuery): Promise<ContactResponse[]> {
    return this.contacts.listForPartner(partnerId, query.archived ?? 'exclude');
  }

  @Post()
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Add a contact to a partner organisation', operationId: 'createContact' })
  @ApiCreatedResponse({ type: ContactResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PARTNER.NOT_FOUND'], [409, 'DATA_PROTECTION.SUPPRESSED'])
  async create(
    @Param('partnerId', ParseUUIDPipe) partnerId: string,
    @Body() dto: CreateContactDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.create(partnerId, dto, user.id));
  }
}

@ApiTags('contacts')
@StaffRoute()
@Controller('api/v1/contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'Get a contact (ETag = version)', operationId: 'getContact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'CONTACT.NOT_FOUND'])
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Update a contact (optimistic concurrency via If-Match)', operationId: 'updateContact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'CONTACT.NOT_FOUND'],
    [409, 'CONTACT.ARCHIVED, DATA_PROTECTION.SUPPRESSED'],
    [412, 'CONTACT.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateContactDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.update(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Post(':id/move')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Record that the person moved to another organisation', operationId: 'moveContact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'CONTACT.NOT_FOUND, PARTNER.NOT_FOUND'],
    [409, 'CONTACT.ARCHIVED'],
    [412, 'CONTACT.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [422, 'CONTACT.CANNOT_MOVE'],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MoveContactDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.move(id, dto, parseIfMatch(ifMatch), user.id));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Archive a contact', operationId: 'archiveContact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'CONTACT.NOT_FOUND'])
  async archive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.setArchived(id, true, user.id, dto.reason));
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Restore an archived contact', operationId: 'restoreContact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'CONTACT.NOT_FOUND'], [409, 'CONTACT.ERASED'])
  async restore(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    return withEtag(reply, await this.contacts.setArchived(id, false, user.id, dto.reason));
  }

  @Get(':id/affiliations')
  @ApiOperation({ summary: 'Organisations the person has been at, newest first', operationId: 'getContactAffiliations' })
  @ApiOkResponse({ type: AffiliationResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'CONTACT.NOT_FOUND'])
  history(@Param('id', ParseUUIDPipe) id: string): Promise<AffiliationResponse[]> {
    return this.contacts.history(id);
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'The contact\'s audit trail, newest first', operationId: 'getContactAudit' })
  @ApiOkResponse({ type: AuditEntryResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'CONTACT.NOT_FOUND'])
  async auditTrail(@Param('id', ParseUUIDPipe) id: string): Promise<AuditEntryResponse[]> {
    await this.contacts.get(id);
    return this.audit.trail('contact', id, 200);
  }
}
