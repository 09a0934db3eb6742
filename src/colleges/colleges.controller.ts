import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { CreateCollegeDto, ListCollegesQuery, UpdateCollegeDto } from './colleges.dto';
import { CollegesService } from './colleges.service';

@ApiTags('colleges')
@Controller('api/v1/colleges')
export class CollegesController {
  constructor(private readonly colleges: CollegesService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '学院列表 List colleges (reference data)' })
  list(@Query() q: ListCollegesQuery) {
    return this.colleges.list(q);
  }

  @Get(':id')
  @Access('authenticated')
  @ApiOperation({ summary: '学院详情 One college' })
  get(@Param('id', IdPipe) id: string) {
    return this.colleges.get(id);
  }

  @Post()
  @Access('admin')
  @ApiOperation({ summary: '新建学院 Create a college' })
  create(@Body() dto: CreateCollegeDto) {
    return this.colleges.create(dto);
  }

  @Patch(':id')
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '修改学院 Rename or change contacts; a college leader only their own college' })
  update(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UpdateCollegeDto) {
    return this.colleges.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: '删除学院 Delete a college that nothing refers to (409 in_use otherwise)' })
  async remove(@Param('id', IdPipe) id: string) {
    await this.colleges.remove(id);
  }
}
