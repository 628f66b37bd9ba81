import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ApproveSignatureDto, ListSignaturesQuery, SignatureReasonDto } from './dto/review.dto.js';
import { SignaturePage, SignatureResponse } from './dto/signature.response.js';
import { SignatureReviewService } from './signature-review.service.js';
import { SignaturesRepository } from './signatures.repository.js';

const TRANSITION = [409, 'SIGNATURE.INVALID_TRANSITION'] as [number, string];

/** The review queue. Officers and admins decide; viewers read. */
@ApiTags('pledges')
@StaffRoute()
@Controller('api/v1/signatures')
export class SignaturesController {
  constructor(
    private readonly review: SignatureReviewService,
    private readonly repository: SignaturesRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Signatures, oldest first (status=verified: awaiting approval); keyset-paginated', operationId: 'listSignatures' })
  @ApiOkResponse({ type: SignaturePage })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR'])
  list(@Query() query: ListSignaturesQuery): Promise<SignaturePage> {
    return this.repository.page(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A signature with its evidence, and partner candidates for an organisation', operationId: 'getSignature' })
  @ApiOkResponse({ type: SignatureResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'SIGNATURE.NOT_FOUND'])
  get(@Param('id', ParseUUIDPipe) id: string): Promise<SignatureResponse> {
    return this.review.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Approve: link to a partner or create one, and add it to the pledge\'s partner list', operationId: 'approveSignature' })
  @ApiOkResponse({ type: SignatureResponse })
  @ApiProblems(
    [400, 'REQUEST.VALIDATION_FAILED'],
    [404, 'SIGNATURE.NOT_FOUND, PARTNER.NOT_FOUND'],
    [409, 'SIGNATURE.INVALID_TRANSITION, PARTNER.POSSIBLE_DUPLICATE, PARTNER.ARCHIVED'],
    [422, 'SIGNATURE.APPROVAL_CHOICE_REQUIRED, REFERENCE.RETIRED'],
  )
  approve(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ApproveSignatureDto, @CurrentUser() user: AuthenticatedUser): Promise<SignatureResponse> {
    return this.review.approve(id, dto, user.id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Reject a verified signature, with a reason', operationId: 'rejectSignature' })
  @ApiOkResponse({ type: SignatureResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'SIGNATURE.NOT_FOUND'], TRANSITION)
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SignatureReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<SignatureResponse> {
    return this.review.reject(id, dto.reason, user.id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({ summary: 'Suspend an approved signature (it leaves the public list until approved again)', operationId: 'suspendSignature' })
  @ApiOkResponse({ type: SignatureResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'SIGNATURE.NOT_FOUND'], TRANSITION)
  suspend(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SignatureReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<SignatureResponse> {
    return this.review.suspend(id, dto.reason, user.id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('admin', 'officer')
  @ApiOperation({
    summary: "Withdraw a signature for its signer (who asked staff), with a reason: as the signer's own link would, it leaves the public list and an individual's personal fields are erased",
    operationId: 'withdrawSignature',
  })
  @ApiOkResponse({ type: SignatureResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'SIGNATURE.NOT_FOUND'], TRANSITION)
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SignatureReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<SignatureResponse> {
    return this.review.withdraw(id, dto.reason, user.id);
  }
}
