import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { etagOf, parseIfMatch } from '../common/etag';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { Partner, PartnerStatusChange } from './partner.entity';
import { ChangePartnerStatusDto, CreatePartnerDto, ListPartnersQuery, UpdatePartnerDto } from './partners.dto';
import { PartnersService } from './partners.service';

const WRITERS = ['admin', 'center_staff', 'center_director', 'college_staff', 'college_leader'] as const;

@ApiTags('partners')
@Controller('api/v1/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '合作单位台账 List partners; filter by kind, status, industry, owning college; `q` searches name and credit code' })
  @ApiPaged(Partner)
  @ApiProblems(400)
  list(@Query() q: ListPartnersQuery): Promise<Page<Partner>> {
    return this.partners.list(q);
  }

  @Get(':id')
  @Access('authenticated')
  @ApiOperation({ summary: '合作单位详情 One partner; ETag carries its version' })
  @ApiOkResponse({ type: Partner })
  @ApiProblems(404)
  async get(@Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<Partner> {
    return withEtag(res, await this.partners.get(id));
  }

  @Post()
  @Access(...WRITERS)
  @ApiOperation({ summary: '登记合作单位 Register a partner; a duplicate credit code is 409 duplicate_credit_code' })
  @ApiCreatedResponse({ type: Partner, description: 'The new partner; ETag carries its version' })
  @ApiProblems(400, { 409: ['duplicate_credit_code'] })
  async create(@CurrentUser() caller: AuthUser, @Body() dto: CreatePartnerDto, @Res({ passthrough: true }) res: Response): Promise<Partner> {
    return withEtag(res, await this.partners.create(caller, dto));
  }

  @Patch(':id')
  @Access(...WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version from ETag; a stale one is 409 version_conflict' })
  @ApiOperation({ summary: '修改合作单位 Edit a partner; college users only the partners their college registered' })
  @ApiOkResponse({ type: Partner })
  @ApiProblems(400, 404, { 409: ['duplicate_credit_code', 'version_conflict'] })
  async update(
    @CurrentUser() caller: AuthUser,
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdatePartnerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Partner> {
    return withEtag(res, await this.partners.update(caller, id, dto, parseIfMatch(ifMatch)));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Access(...WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version from ETag; a stale one is 409 version_conflict' })
  @ApiOperation({ summary: '变更台账状态 Move a partner between incubating, active and eliminated; every change is kept with its date' })
  @ApiOkResponse({ type: Partner })
  @ApiProblems(400, 404, { 409: ['version_conflict'] }, { 422: ['unprocessable'] })
  async changeStatus(
    @CurrentUser() caller: AuthUser,
    @Param('id', IdPipe) id: string,
    @Body() dto: ChangePartnerStatusDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Partner> {
    return withEtag(res, await this.partners.changeStatus(caller, id, dto, parseIfMatch(ifMatch)));
  }

  @Get(':id/status-history')
  @Access('authenticated')
  @ApiOperation({ summary: '台账状态历史 Every status change of a partner, oldest first' })
  @ApiOkResponse({ type: [PartnerStatusChange] })
  @ApiProblems(404)
  history(@Param('id', IdPipe) id: string): Promise<PartnerStatusChange[]> {
    return this.partners.statusHistory(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin', 'center_director')
  @ApiOperation({ summary: '删除合作单位 Delete a partner nothing refers to (409 in_use otherwise)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, { 409: ['in_use'] })
  async remove(@Param('id', IdPipe) id: string): Promise<void> {
    await this.partners.remove(id);
  }
}

function withEtag(res: Response, partner: Partner): Partner {
  res.setHeader('ETag', etagOf(partner.version));
  return partner;
}
