import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ProgressQuery {
  /** The year of the monthly-report punctuality figures; this year (Shanghai) when absent. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;

  /** One college only; a college user may name only their own. */
  @IsOptional() @IsUUID()
  collegeId?: string;
}
