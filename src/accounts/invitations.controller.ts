import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principals/current-principal.decorator.js';
import type { Principal } from '../auth/principals/principal.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { UserResponse } from '../users/dto/user.response.js';
import { InviteUserDto } from './dto/password-links.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('users')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/users')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('invitations')
  @ApiOperation({
    summary: 'Invite a person: the user is created without a password and mailed a single-use link to choose one',
    operationId: 'inviteUser',
  })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'USER.EMAIL_TAKEN'])
  invite(@Body() dto: InviteUserDto, @CurrentPrincipal() inviter: Principal): Promise<UserResponse> {
    return this.invitations.invite(dto, inviter);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the invitation again (the earlier link stops working)', operationId: 'resendInvitation' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'USER.NOT_FOUND'], [409, 'USER.INVITATION_NOT_PENDING'])
  resend(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() inviter: Principal): Promise<UserResponse> {
    return this.invitations.resend(id, inviter);
  }
}
