import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { trim } from '../common/transforms';

export const TASK_KINDS = ['agreement', 'monthlyReport', 'assessmentSheet'] as const;

export class ListTasksQuery extends PageQuery {
  /** `agreement` or `monthlyReport`. */
  @IsOptional() @IsIn(TASK_KINDS)
  kind?: string;

  @IsOptional() @IsUUID()
  collegeId?: string;
}

export class TransferTaskDto {
  /** The colleague who takes the item over: same role, same college for a college's step. */
  @IsUUID()
  userId: string;

  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  note?: string;
}

export class DelegateTaskDto extends TransferTaskDto {}

export class ResolveTaskDto {
  /** The delegate's answer, which goes back to whoever delegated. */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(5000)
  note: string;
}

export class CcTaskDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsUUID('all', { each: true })
  userIds: string[];

  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  note?: string;
}

export class UrgeTaskDto {
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500)
  note?: string;
}

export class DeputyDto {
  /** Holds the same role (and, for college roles, the same college). */
  @IsUUID()
  userId: string;

  /** First day, a Shanghai date (YYYY-MM-DD), inclusive. */
  @IsISO8601({ strict: true }) @MinLength(10) @MaxLength(10)
  from: string;

  /** Last day, inclusive. */
  @IsISO8601({ strict: true }) @MinLength(10) @MaxLength(10)
  to: string;
}
