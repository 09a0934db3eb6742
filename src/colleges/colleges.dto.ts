import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { trim } from '../common/transforms';


export class CreateCollegeDto {
  /** Short stable code, e.g. `MECH`. */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(32) @Matches(/^[A-Za-z0-9_-]+$/)
  code: string;

  @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  @IsOptional() @IsString() @MaxLength(50)
  contactName?: string | null;

  @IsOptional() @IsString() @MaxLength(30)
  contactPhone?: string | null;
}

export class UpdateCollegeDto {
  @ValidateIf((_, v) => v !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name?: string;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(50)
  contactName?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(30)
  contactPhone?: string | null;
}

export class ListCollegesQuery extends PageQuery {
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}

export class CreateMajorDto {
  @IsUUID()
  collegeId: string;

  /** National major code or a local code, unique across the school. */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(32) @Matches(/^[A-Za-z0-9_-]+$/)
  code: string;

  @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name: string;
}

export class UpdateMajorDto {
  @ValidateIf((_, v) => v !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name?: string;
}

export class ListMajorsQuery extends PageQuery {
  @IsOptional() @IsUUID()
  collegeId?: string;

  @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}
