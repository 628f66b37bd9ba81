import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiProblems, StaffRoute } from '../common/http/api-docs.decorators.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserResponse } from './dto/user.response.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@StaffRoute()
@Roles('admin')
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List staff users', operationId: 'listUsers' })
  @ApiOkResponse({ type: UserResponse, isArray: true })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Create a staff user with a password (for scripts; sends an "account created" mail). People are invited instead',
    operationId: 'createUser',
  })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [409, 'USER.EMAIL_TAKEN'], [422, 'PASSWORD.TOO_COMMON'])
  create(@Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a staff user', operationId: 'getUser' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems([400, 'REQUEST.BAD_REQUEST'], [404, 'USER.NOT_FOUND'])
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a user\'s name or role, or (de)activate them', operationId: 'updateUser' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems([400, 'REQUEST.VALIDATION_FAILED'], [404, 'USER.NOT_FOUND'], [422, 'USER.CANNOT_CHANGE_SELF'])
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<UserResponse> {
    return this.users.update(id, dto, actor);
  }
}
