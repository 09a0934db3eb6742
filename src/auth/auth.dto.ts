import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  /** 用户名 */
  @IsString() @MinLength(1) @MaxLength(50)
  username: string;

  /** 密码 */
  @IsString() @MinLength(1) @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @IsString() @MinLength(1) @MaxLength(200)
  currentPassword: string;

  /** At least 8 characters. */
  @IsString() @MinLength(8) @MaxLength(200)
  newPassword: string;
}
