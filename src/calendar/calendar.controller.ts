import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { SemesterDto, UpdateCalendarDto, UpdateSemesterDto } from './calendar.dto';
import { CalendarService } from './calendar.service';
import { CalendarDto, SemesterViewDto } from './calendar.views';

/** 校历 — the academic calendar every deadline is computed from (Asia/Shanghai). */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '校历 Vacation months, the monthly due day, reminder offsets and the semesters' })
  @ApiOkResponse({ type: CalendarDto })
  get(): Promise<CalendarDto> {
    return this.calendar.get();
  }

  @Put()
  @Access('admin')
  @ApiOperation({ summary: '修改校历设置 Change vacation months, the due day, the first month or reminder offsets' })
  @ApiOkResponse({ type: CalendarDto })
  @ApiProblems(400)
  update(@Body() dto: UpdateCalendarDto): Promise<CalendarDto> {
    return this.calendar.update(dto);
  }

  @Post('semesters')
  @Access('admin')
  @ApiOperation({ summary: '新增学期 Add a semester with its self-check due date' })
  @ApiCreatedResponse({ type: SemesterViewDto })
  @ApiProblems(400, { 409: ['duplicate'] }, { 422: ['unprocessable'] })
  create(@Body() dto: SemesterDto): Promise<SemesterViewDto> {
    return this.calendar.createSemester(dto);
  }

  @Patch('semesters/:id')
  @Access('admin')
  @ApiOperation({ summary: '修改学期 Change a semester’s dates' })
  @ApiOkResponse({ type: SemesterViewDto })
  @ApiProblems(400, 404, { 422: ['unprocessable'] })
  updateSemester(@Param('id', IdPipe) id: string, @Body() dto: UpdateSemesterDto): Promise<SemesterViewDto> {
    return this.calendar.updateSemester(id, dto);
  }

  @Delete('semesters/:id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: '删除学期 Delete a semester' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404)
  async remove(@Param('id', IdPipe) id: string): Promise<void> {
    await this.calendar.removeSemester(id);
  }
}
