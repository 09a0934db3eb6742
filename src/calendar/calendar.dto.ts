import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SEMESTER_NAME } from './calendar';

export class OffsetsDto {
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(27, { each: true }) monthlyBeforeDays?: number[];
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(120, { each: true }) selfCheckBeforeDays?: number[];
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true }) filingAfterSigningDays?: number[];
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(60, { each: true }) supervisionBeforeDays?: number[];
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(365, { each: true }) expiryBeforeDays?: number[];
  @ValidateIf((_, v) => v !== undefined) @IsInt() @Min(1) @Max(30) waitingWorkingDays?: number;
  @ValidateIf((_, v) => v !== undefined) @IsInt() @Min(1) @Max(120) lateWindowDays?: number;
}

export class UpdateCalendarDto {
  /** Months with no monthly report (default February, July, August). */
  @ValidateIf((_, v) => v !== undefined) @IsArray() @ArrayMaxSize(12) @IsInt({ each: true }) @Min(1, { each: true }) @Max(12, { each: true })
  vacationMonths?: number[];

  /** Reports are due before this day of the month (default 5). */
  @ValidateIf((_, v) => v !== undefined) @IsInt() @Min(2) @Max(28)
  monthlyDueDay?: number;

  /** The first month reports are owed (YYYY-MM). */
  @ValidateIf((_, v) => v !== undefined) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  firstMonth?: string;

  /** Reminder offsets, in days; omitted ones keep their defaults. */
  @ValidateIf((_, v) => v !== undefined) @IsObject() @ValidateNested() @Type(() => OffsetsDto)
  offsets?: OffsetsDto;
}

export class SemesterDto {
  /** `2026-2027-1` (first semester of the 2026–2027 school year). */
  @Matches(SEMESTER_NAME)
  name: string;

  @IsISO8601({ strict: true }) startsOn: string;
  @IsISO8601({ strict: true }) endsOn: string;
  /** The semester's self-check report is due on this date. */
  @IsISO8601({ strict: true }) selfCheckDueOn: string;
}

export class UpdateSemesterDto {
  @IsOptional() @IsISO8601({ strict: true }) startsOn?: string;
  @IsOptional() @IsISO8601({ strict: true }) endsOn?: string;
  @IsOptional() @IsISO8601({ strict: true }) selfCheckDueOn?: string;
}
