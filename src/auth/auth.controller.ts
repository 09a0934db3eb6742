import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { UsersService } from '../users/users.service';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService } from './auth.service';

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
  login(@Body() dto: LoginDto, @Req() req: Request) {
    return this.auth.login(dto.username, dto.password, req.ip ?? 'unknown');
  }

  @Get('me')
  @Access('authenticated')
  @ApiOperation({ summary: '当前用户 The signed-in user with roles and collegeId' })
  me(@CurrentUser() user: AuthUser) {
    return this.users.view(user.id);
  }

  @Post('password')
  @HttpCode(204)
  @Access('authenticated')
  @ApiOperation({ summary: '修改密码 Change your own password; other sessions are signed out' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto) {
    await this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }
}
