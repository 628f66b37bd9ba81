import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ParseInt4Pipe } from '../common/http/int-param.pipe.js';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { PublicationCache } from './publication-cache.js';
import { PublicationsRepository, type PublicationChanges } from './publications.repository.js';
import { PublicationPreviewResponse, PublicationVersionDiffResponse } from './dto/publication-review.response.js';
import { PublicationReviewService } from './publication-review.service.js';
import { PublisherService } from './publisher.service.js';
import { PublishedVersionNotFoundError } from './publishing.errors.js';

class PublishResult {
  @ApiProperty({ description: 'false when the content equals the latest version (no new version).' }) created: boolean;
  @ApiProperty() version: number;
  @ApiProperty() partnerCount: number;
  @ApiProperty({ description: 'Signatories listed by name, over every pledge.' }) signatoryCount: number;
}

class PublicationSummaryDoc {
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() contentHash: string;
  @ApiProperty() partnerCount: number;
  @ApiProperty() signatoryCount: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null = the scheduled job' }) publishedBy: string | null;
}

/** The entries are the published document's own, byte for byte; their fields are the public list's. */
const PUBLISHED_ENTRY = 'Entries exactly as in GET /public/partners (a free-form object: the published fields).';

class PublicationChangesDoc {
  @ApiProperty() since: number;
  @ApiProperty() version: number;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: PUBLISHED_ENTRY }) added: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: PUBLISHED_ENTRY }) changed: Record<string, unknown>[];
  @ApiProperty({ type: [String] }) removed: string[];
}

@ApiTags('publishing')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/publications')
export class PublicationsController {
  constructor(
    private readonly publisher: PublisherService,
    private readonly publications: PublicationsRepository,
    private readonly cache: PublicationCache,
    private readonly review: PublicationReviewService,
  ) {}

  @Get('preview')
  @ApiOperation({
    summary: 'What publishing now would add, change and remove against the live version, field by field',
    operationId: 'previewPublication',
  })
  @ApiOkResponse({ type: PublicationPreviewResponse })
  preview(): Promise<PublicationPreviewResponse> {
    return this.review.preview();
  }

  @Get(':version/changes')
  @ApiOperation({ summary: 'What a version added, changed (field by field) and removed against the one before', operationId: 'getPublicationChanges' })
  @ApiOkResponse({ type: PublicationVersionDiffResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PUBLICATION.VERSION_NOT_FOUND'])
  changes(@Param('version', ParseInt4Pipe) version: number): Promise<PublicationVersionDiffResponse> {
    return this.review.versionDiff(version);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the partner list and signatories now (no new version if nothing changed)', operationId: 'publishPartnerList' })
  @ApiOkResponse({ type: PublishResult })
  async publish(@CurrentUser() user: AuthenticatedUser): Promise<PublishResult> {
    const outcome = await this.publisher.publish(user.id);
    // This instance serves the new version at once; the others reload on the NOTIFY.
    await this.cache.reload();
    return outcome;
  }

  @Get()
  @ApiOperation({ summary: 'Publication history, newest first', operationId: 'listPublications' })
  @ApiOkResponse({ type: PublicationSummaryDoc, isArray: true })
  history(): Promise<PublicationSummaryDoc[]> {
    return this.publications.history(200);
  }

  @Get(':version/diff')
  @ApiOperation({ summary: 'What a version added, changed and removed compared with the one before', operationId: 'getPublicationDiff' })
  @ApiOkResponse({ type: PublicationChangesDoc })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PUBLICATION.VERSION_NOT_FOUND'])
  async diff(@Param('version', ParseInt4Pipe) version: number): Promise<PublicationChanges> {
    const found = version > 0 ? await this.publications.body(version) : null;
    const diff = found ? await this.publications.changes(version - 1, version) : null;
    if (!diff) throw new PublishedVersionNotFoundError(version);
    return diff;
  }
}
