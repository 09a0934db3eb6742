import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { UserDto } from '../users/user.views';
import { UsersService } from '../users/users.service';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginResultDto } from './auth.views';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Access('public')
  @ApiOperation({ summary: '登录 Log in with username and password; returns a bearer token. Failed attempts are rate-limited.' })
  @ApiOkResponse({ type: LoginResultDto })
  @ApiProblems(400, { 401: ['invalid_credentials'] }, { 403: ['account_disabled'] }, { 429: ['too_many_login_attempts'] })
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResultDto> {
    return this.auth.login(dto.username, dto.password, req.ip ?? 'unknown');
  }

  @Get('me')
  @Access('authenticated')
  @ApiOperation({ summary: '当前用户 The signed-in user with roles and collegeId' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.view(user.id);
  }

  @Post('password')
  @HttpCode(204)
  @Access('authenticated')
  @ApiOperation({ summary: '修改密码 Change your own password; other sessions are signed out' })
  @ApiNoContentResponse({ description: 'Changed; every token issued before is void' })
  @ApiProblems(400, { 401: ['invalid_credentials'] })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }
}
