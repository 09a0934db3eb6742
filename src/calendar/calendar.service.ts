import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { WorldLoader } from '../reminders/world.loader';
import type { SemesterDto, UpdateCalendarDto, UpdateSemesterDto } from './calendar.dto';
import type { CalendarDto, SemesterViewDto } from './calendar.views';

const SEMESTER = { zh: '学期', en: 'Semester' };
const COLUMNS = `id, name, starts_on AS "startsOn", ends_on AS "endsOn", self_check_due_on AS "selfCheckDueOn"`;

/** 校历 — the academic calendar every deadline is computed from (Asia/Shanghai). */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DataSource,
    private readonly world: WorldLoader,
  ) {}

  async get(): Promise<CalendarDto> {
    const semesters: SemesterViewDto[] = await this.db.query(`SELECT ${COLUMNS} FROM semesters ORDER BY starts_on`);
    return { timeZone: 'Asia/Shanghai', ...(await this.world.settings()), semesters };
  }

  async update(dto: UpdateCalendarDto): Promise<CalendarDto> {
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

  async createSemester(dto: SemesterDto): Promise<SemesterViewDto> {
    if ((await this.db.query('SELECT 1 FROM semesters WHERE name = $1', [dto.name])).length) throw new DomainError('duplicate');
    assertOrder(dto.startsOn, dto.endsOn, dto.selfCheckDueOn);
    const [row]: SemesterViewDto[] = await this.db.query(
      `INSERT INTO semesters (name, starts_on, ends_on, self_check_due_on) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [dto.name, dto.startsOn, dto.endsOn, dto.selfCheckDueOn],
    );
    return row;
  }

  async updateSemester(id: string, dto: UpdateSemesterDto): Promise<SemesterViewDto> {
    const [s]: Array<SemesterViewDto | undefined> = await this.db.query(`SELECT ${COLUMNS} FROM semesters WHERE id = $1`, [id]);
    if (!s) throw new NotFoundError(SEMESTER);
    const next = { ...s, ...definedOnly(dto) };
    assertOrder(next.startsOn, next.endsOn, next.selfCheckDueOn);
    const [[row]]: [SemesterViewDto[], number] = await this.db.query( // an UPDATE … RETURNING answers [rows, affected]
      `UPDATE semesters SET starts_on = $2, ends_on = $3, self_check_due_on = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, next.startsOn, next.endsOn, next.selfCheckDueOn],
    );
    return row;
  }

  async removeSemester(id: string): Promise<void> {
    const result: [unknown[], number] = await this.db.query('DELETE FROM semesters WHERE id = $1', [id]);
    if (result[1] !== 1) throw new NotFoundError(SEMESTER);
  }
}

function assertOrder(startsOn: string, endsOn: string, due: string): void {
  if (!(startsOn < endsOn && startsOn <= due && due <= endsOn)) {
    throw new DomainError('unprocessable', { errors: [{ field: 'selfCheckDueOn', code: 'out_of_range', detail: 'startsOn < endsOn and the due date within the semester' }] });
  }
}

/** DTO instances carry every declared field, undefined when not sent: keep only what was sent. */
function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
