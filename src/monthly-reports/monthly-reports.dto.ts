import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../common/pagination';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class MonthlyReportContentDto {
  /** 本月工作开展情况 */
  @IsOptional() @IsString() @MaxLength(20000) workDone?: string;
  /** 新增合作单位 */
  @IsOptional() @IsString() @MaxLength(5000) newPartners?: string;
  /** 淘汰合作单位 */
  @IsOptional() @IsString() @MaxLength(5000) eliminatedPartners?: string;
  /** 开展活动 */
  @IsOptional() @IsString() @MaxLength(20000) activities?: string;
  /** 存在问题及改进措施 */
  @IsOptional() @IsString() @MaxLength(20000) problemsAndMeasures?: string;
  @IsOptional() @IsString() @MaxLength(20000) notes?: string;
}

export class CreateMonthlyReportDto extends MonthlyReportContentDto {
  /** The month reported on, `YYYY-MM`; one report per college per month. */
  @Matches(MONTH)
  month: string;
}

export class ReturnMonthlyReportDto {
  @IsString() @MinLength(1) @MaxLength(5000)
  comment: string;
}

export class ListMonthlyReportsQuery extends PageQuery {
  @IsOptional() @IsUUID() collegeId?: string;
  @IsOptional() @Matches(MONTH) month?: string;
  @IsOptional() @IsIn(['draft', 'submitted', 'signed_off', 'returned']) status?: string;
}

export class MatrixQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year: number;

  @IsOptional() @IsUUID()
  collegeId?: string;
}
