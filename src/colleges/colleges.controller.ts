import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { College } from './college.entity';
import { CreateCollegeDto, ListCollegesQuery, UpdateCollegeDto } from './colleges.dto';
import { CollegesService } from './colleges.service';

@ApiTags('colleges')
@Controller('api/v1/colleges')
export class CollegesController {
  constructor(private readonly colleges: CollegesService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '学院列表 List colleges (reference data)' })
  @ApiPaged(College)
  @ApiProblems(400)
  list(@Query() q: ListCollegesQuery): Promise<Page<College>> {
    return this.colleges.list(q);
  }

  @Get(':id')
  @Access('authenticated')
  @ApiOperation({ summary: '学院详情 One college' })
  @ApiOkResponse({ type: College })
  @ApiProblems(404)
  get(@Param('id', IdPipe) id: string): Promise<College> {
    return this.colleges.get(id);
  }

  @Post()
  @Access('admin')
  @ApiOperation({ summary: '新建学院 Create a college' })
  @ApiCreatedResponse({ type: College })
  @ApiProblems(400, { 409: ['duplicate'] })
  create(@Body() dto: CreateCollegeDto): Promise<College> {
    return this.colleges.create(dto);
  }

  @Patch(':id')
  @Access('admin', 'college_leader')
  @ApiOperation({ summary: '修改学院 Rename or change contacts; a college leader only their own college' })
  @ApiOkResponse({ type: College })
  @ApiProblems(400, 404, { 409: ['duplicate'] })
  update(@CurrentUser() caller: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UpdateCollegeDto): Promise<College> {
    return this.colleges.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin')
  @ApiOperation({ summary: '删除学院 Delete a college that nothing refers to (409 in_use otherwise)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, { 409: ['in_use'] })
  async remove(@Param('id', IdPipe) id: string): Promise<void> {
    await this.colleges.remove(id);
  }
}
