import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { CreateMajorDto, ListMajorsQuery, UpdateMajorDto } from './colleges.dto';
import { CollegesService } from './colleges.service';

@ApiTags('majors')
@Controller('api/v1/majors')
export class MajorsController {
  constructor(private readonly colleges: CollegesService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '专业列表 List majors, `?collegeId=` for one college' })
  list(@Query() q: ListMajorsQuery) {
    return this.colleges.listMajors(q);
  }

  @Get(':id')
  @Access('authenticated')
  @ApiOperation({ summary: '专业详情 One major' })
  get(@Param('id', IdPipe) id: string) {
    return this.colleges.getMajor(id);
  }

  @Post()
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '新建专业 Create a major; a college leader only in their own college' })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateMajorDto) {
    return this.colleges.createMajor(caller, dto);
  }

  @Patch(':id')
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '修改专业 Rename a major; a college leader only their own college’s' })
  update(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UpdateMajorDto) {
    return this.colleges.updateMajor(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '删除专业 Delete a major nothing refers to; a college leader only their own college’s' })
  async remove(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string) {
    await this.colleges.removeMajor(caller, id);
  }
}
