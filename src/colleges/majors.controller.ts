import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { CreateMajorDto, ListMajorsQuery, UpdateMajorDto } from './colleges.dto';
import { Major } from './major.entity';
import { CollegesService } from './colleges.service';

@ApiTags('majors')
@Controller('api/v1/majors')
export class MajorsController {
  constructor(private readonly colleges: CollegesService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '专业列表 List majors, `?collegeId=` for one college' })
  @ApiPaged(Major)
  @ApiProblems(400)
  list(@Query() q: ListMajorsQuery): Promise<Page<Major>> {
    return this.colleges.listMajors(q);
  }

  @Get(':id')
  @Access('authenticated')
  @ApiOperation({ summary: '专业详情 One major' })
  @ApiOkResponse({ type: Major })
  @ApiProblems(404)
  get(@Param('id', IdPipe) id: string): Promise<Major> {
    return this.colleges.getMajor(id);
  }

  @Post()
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '新建专业 Create a major; a college leader only in their own college' })
  @ApiCreatedResponse({ type: Major })
  @ApiProblems(400, { 409: ['duplicate'] }, { 422: ['unprocessable'] })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateMajorDto): Promise<Major> {
    return this.colleges.createMajor(caller, dto);
  }

  @Patch(':id')
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '修改专业 Rename a major; a college leader only their own college’s' })
  @ApiOkResponse({ type: Major })
  @ApiProblems(400, 404, { 409: ['duplicate'] })
  update(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UpdateMajorDto): Promise<Major> {
    return this.colleges.updateMajor(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '删除专业 Delete a major nothing refers to; a college leader only their own college’s' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, { 409: ['in_use'] })
  async remove(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string): Promise<void> {
    await this.colleges.removeMajor(caller, id);
  }
}
