import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { ROLES } from '../common/roles';
import type { Role } from '../common/roles';
import { queryBoolean, trim } from '../common/transforms';


export class CreateUserDto {
  /** Letters, digits, `.`, `_` and `-`; case-insensitively unique. */
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(50) @Matches(/^[A-Za-z0-9._-]+$/)
  username: string;

  @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  displayName: string;

  /** At least 8 characters. */
  @IsString() @MinLength(8) @MaxLength(200)
  password: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true })
  roles: Role[];

  /** Required for college_staff and college_leader. */
  @IsOptional() @IsUUID()
  collegeId?: string | null;

  @IsOptional() @IsEmail() @MaxLength(200)
  email?: string | null;

  @IsOptional() @IsString() @MaxLength(30)
  phone?: string | null;
}

export class UpdateUserDto {
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  displayName?: string;

  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true })
  roles?: Role[];

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  collegeId?: string | null;

  @IsOptional() @IsBoolean()
  disabled?: boolean;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsEmail() @MaxLength(200)
  email?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(30)
  phone?: string | null;
}

export class ResetPasswordDto {
  @IsString() @MinLength(8) @MaxLength(200)
  password: string;
}

export class ListUsersQuery extends PageQuery {
  @IsOptional() @IsUUID()
  collegeId?: string;

  @IsOptional() @IsIn(ROLES)
  role?: Role;

  /** Part of the username or display name. */
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @IsOptional() @Transform(queryBoolean) @IsBoolean()
  disabled?: boolean;
}
