import { IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../common/pagination';

export class ObligationsQuery extends PageQuery {
  /** `2026-2027-1`; all semesters when omitted. */
  @IsOptional() @Matches(/^\d{4}-\d{4}-[12]$/)
  semester?: string;
}
