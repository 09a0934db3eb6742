import { IsOptional, Matches } from 'class-validator';
import { SEMESTER_PATTERN } from '../../workflows/agreement.catalog';
import { PageQuery } from '../common/pagination';

export class ObligationsQuery extends PageQuery {
  /** `2026-2027-1`; all semesters when omitted. */
  @IsOptional() @Matches(SEMESTER_PATTERN)
  semester?: string;
}
