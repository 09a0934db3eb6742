import { ApiProperty } from '@nestjs/swagger';

const DAYS = { type: 'integer', isArray: true } as const;
const DATE = { type: String, format: 'date' } as const;

/** Reminder offsets in days (README: reminders). */
export class ReminderOffsetsDto {
  @ApiProperty({ ...DAYS, description: 'Days before a monthly report’s last day' }) monthlyBeforeDays: number[];
  @ApiProperty({ ...DAYS, description: 'Days before a semester’s self-check date' }) selfCheckBeforeDays: number[];
  @ApiProperty({ ...DAYS, description: 'Days after signing that filing is reminded' }) filingAfterSigningDays: number[];
  @ApiProperty({ ...DAYS, description: 'Days before a supervision deadline' }) supervisionBeforeDays: number[];
  @ApiProperty({ ...DAYS, description: 'Days before an agreement’s end date' }) expiryBeforeDays: number[];
  @ApiProperty({ type: 'integer', description: 'Working days at one review step before 催办' }) waitingWorkingDays: number;
  @ApiProperty({ type: 'integer', description: 'A late reminder stops this many days after it was first due' }) lateWindowDays: number;
}

export class SemesterViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-2027-1' }) name: string;
  @ApiProperty(DATE) startsOn: string;
  @ApiProperty(DATE) endsOn: string;
  @ApiProperty({ ...DATE, description: 'The semester’s self-check report is due on this date' }) selfCheckDueOn: string;
}

/** 校历: what every deadline is computed from. */
export class CalendarDto {
  @ApiProperty({ enum: ['Asia/Shanghai'] }) timeZone: 'Asia/Shanghai';
  @ApiProperty({ type: 'integer', isArray: true, description: 'Months with no monthly report' }) vacationMonths: number[];
  @ApiProperty({ type: 'integer', description: 'Reports are due before this day of the month' }) monthlyDueDay: number;
  @ApiProperty({ description: 'The first month reports are owed (YYYY-MM)', example: '2026-09' }) firstMonth: string;
  @ApiProperty({ type: ReminderOffsetsDto }) offsets: ReminderOffsetsDto;
  @ApiProperty({ type: [SemesterViewDto] }) semesters: SemesterViewDto[];
}
