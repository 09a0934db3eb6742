import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { IdPipe } from '../common/id.pipe';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { UserDto } from './user.views';
import { CreateUserDto, ListUsersQuery, ResetPasswordDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access('admin', 'center_staff', 'center_director', 'college_leader')
  @ApiOperation({ summary: '用户列表 List users; a college leader sees only their own college' })
  @ApiPaged(UserDto)
  @ApiProblems(400)
  list(@CurrentUser() caller: AuthUser, @Query() q: ListUsersQuery): Promise<Page<UserDto>> {
    return this.users.list(caller, q);
  }

  @Get(':id')
  @Access('admin', 'center_staff', 'center_director', 'college_leader')
  @ApiOperation({ summary: '用户详情 One user; a college leader only within their own college' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(404)
  get(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string): Promise<UserDto> {
    return this.users.get(caller, id);
  }

  @Post()
  @Access('admin')
  @ApiOperation({ summary: '创建用户 Create a user with roles (and a college for college roles)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, { 409: ['duplicate_username'] }, { 422: ['unprocessable'] })
  create(@Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(dto);
  }

  @Patch(':id')
  @Access('admin')
  @ApiOperation({ summary: '修改用户 Change name, roles, college, contact or disable; role changes and disabling sign the user out' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, { 422: ['unprocessable'] })
  update(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.update(caller, id, dto);
  }

  @Post(':id/password')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: '重置密码 Reset a user’s password; their sessions are signed out' })
  @ApiNoContentResponse({ description: 'Reset; the user’s tokens are void' })
  @ApiProblems(400, 404)
  async resetPassword(@Param('id', IdPipe) id: string, @Body() dto: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(id, dto.password);
  }
}
