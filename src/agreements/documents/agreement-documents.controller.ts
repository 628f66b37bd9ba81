import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../../common/auth/current-user.decorator.js';
import { Roles } from '../../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../../common/http/api-docs.decorators.js';
import { AddDocumentLinkDto, AgreementDocumentResponse, UploadDocumentQuery } from '../dto/agreement-document.dto.js';
import { AgreementDocumentsService } from './agreement-documents.service.js';
import { setDownloadHeaders } from './document-download.js';
import { ALLOWED_MEDIA_TYPES, mediaTypeOf } from './document-types.js';
import { DOCUMENT_UPLOAD_ROUTE } from './document-upload.transport.js';

/** The raw body as bytes: a Buffer for binary types, a string from Fastify's text/plain parser. */
const bodyBytes = (body: unknown): Buffer =>
  Buffer.isBuffer(body) ? body : typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.alloc(0);

const DOCUMENT_PROBLEMS = [400, 'REQUEST.BAD_REQUEST'] as [number, string];

@ApiTags('agreements')
@StaffRoute()
@Controller('api/v1/agreements/:id')
export class AgreementDocumentsController {
  constructor(private readonly documents: AgreementDocumentsService) {}

  @Get('documents')
  @ApiOperation({ summary: 'The files and links attached to an agreement', operationId: 'listAgreementDocuments' })
  @ApiOkResponse({ type: AgreementDocumentResponse, isArray: true })
  @ApiProblems(DOCUMENT_PROBLEMS, [404, 'AGREEMENT.NOT_FOUND'])
  list(@Param('id', ParseUUIDPipe) id: string): Promise<AgreementDocumentResponse[]> {
    return this.documents.list(id);
  }

  @Post('documents')
  @Roles('admin', 'officer')
  @RouteConfig(DOCUMENT_UPLOAD_ROUTE)
  @ApiConsumes(...ALLOWED_MEDIA_TYPES)
  @ApiBody({ description: 'The file itself, as the whole body, with its media type as Content-Type.', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Upload a file (raw body; size- and type-limited, content checked)', operationId: 'uploadAgreementDocument' })
  @ApiCreatedResponse({ type: AgreementDocumentResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED, AGREEMENT.DOCUMENT_EMPTY'],
    [404, 'AGREEMENT.NOT_FOUND'],
    [413, 'AGREEMENT.DOCUMENT_TOO_LARGE, REQUEST.PAYLOAD_TOO_LARGE'],
    [415, 'AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED, AGREEMENT.DOCUMENT_CONTENT_MISMATCH'],
  )
  upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UploadDocumentQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgreementDocumentResponse> {
    const upload = { mediaType: mediaTypeOf(request.headers['content-type']), fileName: query.fileName, content: bodyBytes(request.body) };
    return this.documents.upload(id, upload, user.id);
  }

  @Post('document-links')
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Attach a link to a document kept elsewhere', operationId: 'addAgreementDocumentLink' })
  @ApiCreatedResponse({ type: AgreementDocumentResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'AGREEMENT.NOT_FOUND'])
  addLink(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AddDocumentLinkDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgreementDocumentResponse> {
    return this.documents.addLink(id, dto, user.id);
  }

  @Get('documents/:documentId/content')
  @ApiProduces(...ALLOWED_MEDIA_TYPES)
  @ApiOperation({ summary: 'Download a file, as an attachment', operationId: 'downloadAgreementDocument' })
  @ApiOkResponse({ description: 'The file\'s bytes.', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(DOCUMENT_PROBLEMS, [404, 'AGREEMENT.DOCUMENT_NOT_FOUND'], [409, 'AGREEMENT.DOCUMENT_IS_LINK'])
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { document, content } = await this.documents.download(id, documentId);
    setDownloadHeaders(reply, document, content.length);
    return content;
  }

  @Delete('documents/:documentId')
  @HttpCode(204)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Remove a file or link for good (the audit trail keeps its name and checksum)', operationId: 'deleteAgreementDocument' })
  @ApiNoContentResponse()
  @ApiProblems(DOCUMENT_PROBLEMS, [404, 'AGREEMENT.DOCUMENT_NOT_FOUND'])
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.documents.remove(id, documentId, user.id);
  }
}
