import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../common/openapi/api-paged.decorator';

const INSTANT = { type: String, format: 'date-time' } as const;

/** Who a work item waits on: named users, else its roles (in its college, for college steps). */
export class TaskAssigneesDto {
  @ApiProperty({ type: String, nullable: true, description: 'The first of `roles`' }) role: string | null;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'For a college’s own step: that college' }) collegeId: string | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Named people (a transfer, an invited expert); empty: anyone holding the role' }) userIds: string[];
  @ApiProperty({ enum: ['any', 'all'], description: 'any: one of them does the step (或签); all: each must (会签)' }) mode: 'any' | 'all';
}

/** A work item (待办). */
export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['agreement', 'monthlyReport', 'assessmentSheet'] }) kind: string;
  @ApiProperty({ format: 'uuid', description: 'The agreement or monthly report' }) subjectId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The subject’s state when the item opened', example: 'agreement.legalReview' }) state: string;
  @ApiProperty({ description: 'The step, stable across transfers', example: 'agreement.legalReview' }) step: string;
  @ApiProperty({ type: TaskAssigneesDto }) assignees: TaskAssigneesDto;
  @ApiProperty(INSTANT) since: Date;
  @ApiProperty({ ...INSTANT, nullable: true }) dueAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '委派: whom it was delegated to, until they resolve' }) delegatedTo: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) delegatedBy: string | null;
  @ApiProperty({ enum: ['open', 'done'] }) status: 'open' | 'done';
  @ApiProperty({ ...INSTANT, nullable: true }) closedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who did the step (null: the system)' }) closedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event that closed it', example: 'APPROVE' }) closedEvent: string | null;
  @ApiProperty({ description: 'Where the subject is in the app', example: '/agreements/…' }) link: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class TaskLogEntryDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty(INSTANT) at: Date;
  @ApiProperty({ enum: ['transfer', 'delegate', 'resolve', 'cc', 'urge'] }) action: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) userIds: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class TaskDetailDto extends TaskDto {
  @ApiProperty({ type: [TaskLogEntryDto] }) log: TaskLogEntryDto[];
}

export class TaskListDto extends PageMetaDto {
  @ApiProperty({ type: [TaskDto] }) items: TaskDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Open items waiting for the caller per kind, whatever the filters', example: { agreement: 3, monthlyReport: 1 } })
  counts: Record<string, number>;
}

export class UrgeResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', description: 'Notices created' }) notified: number;
}

export class DeputyViewDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) deputyId: string;
  @ApiProperty() deputyName: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Today (Shanghai) is inside the period' }) active: boolean;
}

export class DeputyResponseDto {
  @ApiPropertyOptional({ type: DeputyViewDto, nullable: true }) deputy: DeputyViewDto | null;
}
