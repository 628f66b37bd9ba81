import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { StaffRoute } from '../common/http/api-docs.decorators.js';
import { MyWorkResponse, TeamMember, TeamWorkResponse } from './dto/work.response.js';
import { WorkService } from './work.service.js';

@ApiTags('work')
@StaffRoute()
@Controller('api/v1')
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @Get('me/work')
  @ApiOperation({
    summary: 'What needs me today: my partners overdue or due for dialogue, my open actions, my agreements coming up',
    description: 'Admins also get the number of signatures waiting for review.',
    operationId: 'getMyWork',
  })
  @ApiOkResponse({ type: MyWorkResponse })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<MyWorkResponse> {
    return this.work.mine(user);
  }

  @Get('team/members')
  @ApiOperation({ summary: 'The active staff by name (who can own partners and actions)', operationId: 'listTeamMembers' })
  @ApiOkResponse({ type: TeamMember, isArray: true })
  members(): Promise<TeamMember[]> {
    return this.work.members();
  }

  @Get('team/work')
  @Roles('admin')
  @ApiOperation({ summary: 'The team lead\'s view: everyone\'s overdue and due dialogue and actions', operationId: 'getTeamWork' })
  @ApiOkResponse({ type: TeamWorkResponse })
  team(): Promise<TeamWorkResponse> {
    return this.work.team();
  }
}
