import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/app-error.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { ApproveProposalDto, ClaimResponse, ListClaimsQuery, ListProposalsQuery, ProposalResponse, RejectClaimDto, RejectProposalDto } from './dto/portal-moderation.dto.js';
import { PortalClaimsService } from './portal-claims.service.js';
import { PortalListingService } from './portal-listing.service.js';
import { PortalSignInService } from './portal-sign-in.service.js';

/** Staff's side of the partner portal: invitations and the moderation queue of proposed listing changes. */
@ApiTags('portal')
@StaffRoute()
@Controller('api/v1')
export class PortalStaffController {
  constructor(
    private readonly signIn: PortalSignInService,
    private readonly listing: PortalListingService,
    private readonly claims: PortalClaimsService,
  ) {}

  @Get('portal/claims')
  @ApiOperation({ summary: 'Claims of organisations that wait for staff (address not on the website domain nor a contact\'s), oldest first', operationId: 'listPortalClaims' })
  @ApiOkResponse({ type: ClaimResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  listClaims(@Query() query: ListClaimsQuery): Promise<ClaimResponse[]> {
    return this.claims.list(query.status ?? 'pending');
  }

  @Post('portal/claims/:id/approve')
  @Roles('admin', 'officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant a claim: the claimant becomes a portal user of the organisation and is mailed a sign-in link', operationId: 'approvePortalClaim' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PORTAL.CLAIM_NOT_FOUND'], [409, 'PORTAL.CLAIM_DECIDED'])
  approveClaim(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ClaimResponse> {
    return this.claims.decide(id, true, null, user.id);
  }

  @Post('portal/claims/:id/reject')
  @Roles('admin', 'officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a claim; the reason is mailed to the claimant', operationId: 'rejectPortalClaim' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PORTAL.CLAIM_NOT_FOUND'], [409, 'PORTAL.CLAIM_DECIDED'])
  rejectClaim(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectClaimDto, @CurrentUser() user: AuthenticatedUser): Promise<ClaimResponse> {
    return this.claims.decide(id, false, dto.reason, user.id);
  }

  @Post('contacts/:id/portal-invitation')
  @Roles('admin', 'officer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Invite a contact to the partner portal (mails them a sign-in link)', operationId: 'inviteContactToPortal' })
  @ApiNoContentResponse()
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [422, 'PORTAL.CONTACT_UNREACHABLE'])
  async invite(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.signIn.invite(id, user.id);
  }

  @Get('portal/proposals')
  @ApiOperation({ summary: 'Listing changes proposed in the portal (oldest first; pending unless told)', operationId: 'listPortalProposals' })
  @ApiOkResponse({ type: ProposalResponse, isArray: true })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'])
  list(@Query() query: ListProposalsQuery): Promise<ProposalResponse[]> {
    return this.listing.list(query.status ?? 'pending', 200);
  }

  @Get('portal/proposals/:id')
  @ApiOperation({ summary: 'One proposed listing change', operationId: 'getPortalProposal' })
  @ApiOkResponse({ type: ProposalResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'PORTAL.PROPOSAL_NOT_FOUND'])
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProposalResponse> {
    return this.listing.get(id);
  }

  @Post('portal/proposals/:id/approve')
  @Roles('admin', 'officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a proposal, as proposed or as edited: the partner record changes (audited, naming the proposer) and the next publication shows it', operationId: 'approvePortalProposal' })
  @ApiOkResponse({ type: ProposalResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PORTAL.PROPOSAL_NOT_FOUND'], [409, 'PORTAL.PROPOSAL_DECIDED, PARTNER.VERSION_CONFLICT'], [422, 'REFERENCE.UNKNOWN, REFERENCE.RETIRED'])
  async approve(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ApproveProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    const result = await this.listing.approve(id, dto.edited, user.id);
    if ('problems' in result) throw new ValidationFailedError(result.problems);
    return result;
  }

  @Post('portal/proposals/:id/reject')
  @Roles('admin', 'officer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a proposal; the reason is mailed to the proposer', operationId: 'rejectPortalProposal' })
  @ApiOkResponse({ type: ProposalResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'PORTAL.PROPOSAL_NOT_FOUND'], [409, 'PORTAL.PROPOSAL_DECIDED'])
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectProposalDto, @CurrentUser() user: AuthenticatedUser): Promise<ProposalResponse> {
    return this.listing.reject(id, dto.reason, user.id);
  }
}
