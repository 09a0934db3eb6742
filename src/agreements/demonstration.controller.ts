import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { AgreementDetailDto } from './agreement.views';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { AgreementEventsService } from './agreement-events.service';

export class InviteExpertsDto {
  /** Users holding the role `expert` (校内外专家). */
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 20, description: 'Users holding the role `expert` (校内外专家)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsUUID('all', { each: true })
  userIds: string[];
}

@ApiTags('agreements')
@Controller('api/v1/agreements')
export class DemonstrationController {
  constructor(private readonly events: AgreementEventsService) {}

  @Post(':id/experts')
  @HttpCode(200)
  @Access('center_staff', 'center_director')
  @ApiOperation({
    summary: '邀请论证专家 (会签) The center invites experts to the demonstration: each gets a work item and read access, and records RECORD_OPINION after uploading an opinion; all approve → center review, any rejection → back to the college. 422 for a user who is not an expert',
  })
  @ApiOkResponse({ type: AgreementDetailDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] }, { 422: ['requirements_not_met', 'unprocessable'] })
  async invite(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: InviteExpertsDto): Promise<AgreementDetailDto> {
    return (await this.events.send(user, id, { type: 'INVITE_EXPERTS', data: { userIds: dto.userIds } })).body;
  }
}
