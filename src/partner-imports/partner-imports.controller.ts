import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { IF_MATCH_HEADER as IF_MATCH, parseIfMatch, withEtag } from '../common/http/etag.js';
import { PARTNER_CSV_COLUMNS, REQUIRED_PARTNER_CSV_COLUMNS } from '../partners/partner-csv-columns.js';
import { ImportValuesQuery, MapPartnerImportDto, ProblemRowsQuery } from './dto/import-mapping.dto.js';
import { ImportColumnValues, PartnerImportMappingView } from './dto/import-mapping.response.js';
import { PartnerImportRowPage } from './dto/partner-import-row.response.js';
import { CommitPartnerImportDto, ListImportRowsQuery, ListPartnerImportsQuery, UploadPartnerImportQuery } from './dto/partner-import.dto.js';
import { PartnerImportPage, PartnerImportResponse } from './dto/partner-import.response.js';
import { ImportMappingService } from './mapping/import-mapping.service.js';
import { PartnerImportsService } from './partner-imports.service.js';
import { CSV_MEDIA_TYPES, PARTNER_IMPORT_UPLOAD_ROUTE } from './upload/csv-upload.transport.js';

const NOT_FOUND: [number, string] = [404, 'IMPORT.NOT_FOUND'];
const BAD_ID: [number, string] = [400, 'REQUEST.BAD_REQUEST'];

/** Imports are a tool of those who write partners: officers and admins. */
@ApiTags('partner imports')
@StaffRoute()
@Roles('admin', 'officer')
@Controller('api/v1/partner-imports')
export class PartnerImportsController {
  constructor(
    private readonly imports: PartnerImportsService,
    private readonly mappings: ImportMappingService,
  ) {}

  @Post()
  @HttpCode(202)
  @RouteConfig(PARTNER_IMPORT_UPLOAD_ROUTE)
  @ApiConsumes(...CSV_MEDIA_TYPES)
  @ApiBody({
    description:
      'The CSV file itself as the body: UTF-8 or Windows-1252 (detected, or `encoding`), delimited by , ; tab or | (detected), ' +
      `header row first. A header of the product's columns (${PARTNER_CSV_COLUMNS.join(', ')}; required: ` +
      `${REQUIRED_PARTNER_CSV_COLUMNS.join(', ')}) maps itself and is dry-run at once; any other header waits in status ` +
      '`mapping` for PUT …/mapping. Rows with an id update that partner; else rows with an external_ref update the partner that has it. ' +
      'application/octet-stream is taken for a fileName ending .csv.',
    schema: { type: 'string' },
  })
  @ApiOperation({ summary: 'Upload a partner CSV: checked, stored, then mapped and dry-run by a job', operationId: 'uploadPartnerImport' })
  @ApiAcceptedResponse({ type: PartnerImportResponse, description: 'Stored; the dry run is queued (or waits for the mapping). Poll the import for progress.' })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED, IMPORT.EMPTY_FILE, IMPORT.WRONG_ENCODING, IMPORT.INVALID_TEXT, IMPORT.CSV_SYNTAX'],
    [413, 'IMPORT.FILE_TOO_LARGE, IMPORT.TOO_MANY_ROWS, REQUEST.PAYLOAD_TOO_LARGE'],
    [415, 'IMPORT.UNSUPPORTED_MEDIA_TYPE'],
  )
  async upload(
    @Query() query: UploadPartnerImportQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerImportResponse> {
    const upload = { contentType: request.headers['content-type'], fileName: query.fileName, body: request.body, encoding: query.encoding };
    const created = await this.imports.upload(upload, user.id);
    void reply.header('location', `/api/v1/partner-imports/${created.id}`);
    return withEtag(reply, created);
  }

  @Get()
  @ApiOperation({ summary: 'Imports, newest first', operationId: 'listPartnerImports' })
  @ApiOkResponse({ type: PartnerImportPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListPartnerImportsQuery): Promise<PartnerImportPage> {
    return this.imports.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import: status, progress and rows per outcome (ETag = version)', operationId: 'getPartnerImport' })
  @ApiOkResponse({ type: PartnerImportResponse })
  @ApiProblems(BAD_ID, NOT_FOUND)
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnerImportResponse> {
    return withEtag(reply, await this.imports.get(id));
  }

  @Get(':id/rows')
  @ApiOperation({ summary: 'The per-row report: outcome, errors by column, duplicates, changes', operationId: 'listPartnerImportRows' })
  @ApiOkResponse({ type: PartnerImportRowPage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR, REQUEST.BAD_REQUEST'], NOT_FOUND)
  rows(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListImportRowsQuery): Promise<PartnerImportRowPage> {
    return this.imports.rowsOf(id, query);
  }

  @Get(':id/mapping')
  @ApiOperation({
    summary: 'The file\'s columns with samples and suggested fields, the mapping in use, and saved mappings for this header',
    operationId: 'getPartnerImportMapping',
  })
  @ApiOkResponse({ type: PartnerImportMappingView })
  @ApiProblems(BAD_ID, NOT_FOUND)
  mapping(@Param('id', ParseUUIDPipe) id: string): Promise<PartnerImportMappingView> {
    return this.mappings.view(id);
  }

  @Get(':id/mapping/values')
  @ApiOperation({ summary: 'A column\'s different values with suggested codes, and the codes to choose from', operationId: 'getPartnerImportValues' })
  @ApiOkResponse({ type: ImportColumnValues })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST'], NOT_FOUND, [422, 'IMPORT.MAPPING_INVALID'])
  values(@Param('id', ParseUUIDPipe) id: string, @Query() query: ImportValuesQuery): Promise<ImportColumnValues> {
    return this.mappings.values(id, query);
  }

  @Put(':id/mapping')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Map the file\'s columns (and coded values) to partner fields, optionally saving the mapping by name; the dry run (re)starts',
    operationId: 'mapPartnerImport',
  })
  @ApiAcceptedResponse({ type: PartnerImportResponse, description: 'Mapped; the dry run is queued. Poll the import for progress.' })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST'],
    NOT_FOUND,
    [409, 'IMPORT.NOT_MAPPABLE, IMPORT.MAPPING_NAME_TAKEN'],
    [422, 'IMPORT.MAPPING_INVALID'],
  )
  async map(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MapPartnerImportDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerImportResponse> {
    await this.mappings.map(id, dto, user.id);
    return withEtag(reply, await this.imports.get(id));
  }

  @Get(':id/problem-rows.csv')
  @ApiOperation({
    summary: 'The rows to fix (refused, skipped, and duplicates not written) as CSV in the file\'s own columns, plus import_problem',
    operationId: 'downloadPartnerImportProblemRows',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file (UTF-8 with a byte-order mark).', schema: { type: 'string' } })
  @ApiProblems(BAD_ID, NOT_FOUND)
  async problemRows(@Param('id', ParseUUIDPipe) id: string, @Query() query: ProblemRowsQuery): Promise<StreamableFile> {
    const { csv, fileName } = await this.imports.problemRows(id, query.only === 'errors');
    return new StreamableFile(Buffer.from(csv, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName}"` });
  }

  @Post(':id/commit')
  @HttpCode(202)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Commit the dry run you reviewed (If-Match: its version); a job writes the rows',
    operationId: 'commitPartnerImport',
  })
  @ApiAcceptedResponse({ type: PartnerImportResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST'],
    NOT_FOUND,
    [409, 'IMPORT.NOT_READY, IMPORT.NOT_MAPPED, IMPORT.ALREADY_COMMITTED'],
    [412, 'IMPORT.VERSION_CONFLICT, REQUEST.WEAK_ETAG'],
    [428, 'REQUEST.PRECONDITION_REQUIRED'],
  )
  async commit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CommitPartnerImportDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerImportResponse> {
    return withEtag(reply, await this.imports.commit(id, parseIfMatch(ifMatch), dto, user.id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel and delete an import that has not been committed', operationId: 'deletePartnerImport' })
  @ApiNoContentResponse()
  @ApiProblems(BAD_ID, NOT_FOUND, [409, 'IMPORT.ALREADY_COMMITTED'])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.imports.remove(id);
  }
}
