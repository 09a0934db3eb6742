import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { Access } from '../common/auth/access.decorator';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { SEMESTER_NAME } from '../reminders/calendar';
import { WorldLoader } from '../reminders/world.loader';

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

const SEMESTER = { zh: '学期', en: 'Semester' };
const COLUMNS = `id, name, starts_on AS "startsOn", ends_on AS "endsOn", self_check_due_on AS "selfCheckDueOn"`;

/** 校历 — the academic calendar every deadline is computed from (Asia/Shanghai). */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly db: DataSource,
    private readonly world: WorldLoader,
  ) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '校历 Vacation months, the monthly due day, reminder offsets and the semesters' })
  async get() {
    return { timeZone: 'Asia/Shanghai', ...(await this.world.settings()), semesters: await this.db.query(`SELECT ${COLUMNS} FROM semesters ORDER BY starts_on`) };
  }

  @Put()
  @Access('admin')
  @ApiOperation({ summary: '修改校历设置 Change vacation months, the due day, the first month or reminder offsets' })
  async update(@Body() dto: UpdateCalendarDto) {
    const current = await this.world.settings();
    await this.db.query(
      `UPDATE calendar_settings SET vacation_months = $1, monthly_due_day = $2, first_month = $3, offsets = $4, updated_at = now() WHERE id = 1`,
      [
        dto.vacationMonths ? [...new Set(dto.vacationMonths)].sort((a, b) => a - b) : current.vacationMonths,
        dto.monthlyDueDay ?? current.monthlyDueDay,
        dto.firstMonth ?? current.firstMonth,
        JSON.stringify({ ...current.offsets, ...definedOnly(dto.offsets) }),
      ],
    );
    return this.get();
  }

  @Post('semesters')
  @Access('admin')
  @ApiOperation({ summary: '新增学期 Add a semester with its self-check due date' })
  async create(@Body() dto: SemesterDto) {
    if ((await this.db.query('SELECT 1 FROM semesters WHERE name = $1', [dto.name])).length) throw new DomainError('duplicate');
    this.assertOrder(dto.startsOn, dto.endsOn, dto.selfCheckDueOn);
    const [row] = await this.db.query(
      `INSERT INTO semesters (name, starts_on, ends_on, self_check_due_on) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [dto.name, dto.startsOn, dto.endsOn, dto.selfCheckDueOn],
    );
    return row;
  }

  @Patch('semesters/:id')
  @Access('admin')
  @ApiOperation({ summary: '修改学期 Change a semester’s dates' })
  async updateSemester(@Param('id', IdPipe) id: string, @Body() dto: UpdateSemesterDto) {
    const [s] = await this.db.query(`SELECT ${COLUMNS} FROM semesters WHERE id = $1`, [id]);
    if (!s) throw new NotFoundError(SEMESTER);
    const next = { ...s, ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) };
    this.assertOrder(next.startsOn, next.endsOn, next.selfCheckDueOn);
    const [[row]] = await this.db.query( // an UPDATE … RETURNING answers [rows, affected]
      `UPDATE semesters SET starts_on = $2, ends_on = $3, self_check_due_on = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, next.startsOn, next.endsOn, next.selfCheckDueOn],
    );
    return row;
  }

  @Delete('semesters/:id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: '删除学期 Delete a semester' })
  async remove(@Param('id', IdPipe) id: string) {
    const result = await this.db.query('DELETE FROM semesters WHERE id = $1', [id]);
    if (result[1] !== 1) throw new NotFoundError(SEMESTER);
  }

  private assertOrder(startsOn: string, endsOn: string, due: string) {
    if (!(startsOn < endsOn && startsOn <= due && due <= endsOn)) {
      throw new DomainError('unprocessable', { errors: [{ field: 'selfCheckDueOn', code: 'out_of_range', detail: 'startsOn < endsOn and the due date within the semester' }] });
    }
  }
}

/** DTO instances carry every declared field, undefined when not sent: keep only what was sent. */
function definedOnly(o: object | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
}
