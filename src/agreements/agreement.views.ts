import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COOPERATION_TYPES, DOCUMENT_KINDS, EVENT_TYPES, TERMINATION_REASONS } from '../../workflows/agreement.catalog';
import type { CooperationType, DocumentKind, EventType, TerminationReason } from '../../workflows/agreement.catalog';
import { describeWorkflow } from '../../workflows/agreement.describe';
import { ROLES } from '../common/roles';
import type { Role } from '../common/roles';
import { AgreementContentDto, STAGES } from './agreements.dto';

/** The responses of the agreement routes: what toSummary/toDetail and the history build, declared for OpenAPI. */

const DATE = { type: String, format: 'date', example: '2026-09-01' } as const;
const INSTANT = { type: String, format: 'date-time' } as const;
/** The leaf states an agreement can rest in (`statePath`), read from the machine. */
const STATE_PATHS = describeWorkflow().states.filter((s) => s.type !== 'compound').map((s) => s.path);
const KINDS = Object.keys(DOCUMENT_KINDS);

export class LabelDto {
  @ApiProperty({ example: '调研' }) zh: string;
  @ApiProperty({ example: 'Research' }) en: string;
}

export class PartnerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: '晋中示例智能科技有限公司' }) name: string | null;
}

export class AgreementSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty({ format: 'uuid' }) partnerId: string;
  @ApiProperty({ type: PartnerRefDto }) partner: PartnerRefDto;
  @ApiProperty({ enum: Object.keys(COOPERATION_TYPES) }) cooperationType: CooperationType;
  @ApiProperty({ type: [String], format: 'uuid' }) majorIds: string[];
  @ApiProperty() requiresDemonstration: boolean;
  @ApiProperty({ enum: STAGES, description: 'The top-level state' }) stage: string;
  @ApiProperty({ enum: STATE_PATHS, description: 'The dotted path of the current leaf state', example: 'agreement.legalReview' }) statePath: string;
  @ApiProperty({ type: LabelDto, nullable: true }) stateLabel: LabelDto | null;
  @ApiProperty({ type: 'integer', description: 'Also the ETag; send it back as If-Match' }) version: number;
  @ApiProperty({ ...DATE, nullable: true }) startDate: string | null;
  @ApiProperty({ ...DATE, nullable: true }) endDate: string | null;
  @ApiProperty({ ...DATE, nullable: true, description: 'The signing date, a Shanghai calendar date' }) signedAt: string | null;
  @ApiProperty({ ...INSTANT, nullable: true, description: 'End of the 7th day after signing, Shanghai' }) filingDueAt: Date | null;
  @ApiProperty({ ...INSTANT, nullable: true }) filedAt: Date | null;
  @ApiProperty() filingLate: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'BA-2026-00001' }) filingNumber: string | null;
  @ApiProperty({ ...INSTANT, nullable: true }) supervisionDeadline: Date | null;
  @ApiProperty({ description: 'A filing or supervision deadline passed' }) overdue: boolean;
  @ApiProperty({ enum: Object.keys(TERMINATION_REASONS), nullable: true }) terminationReason: TerminationReason | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) predecessorId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) successorId: string | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty({ ...INSTANT, description: 'When the agreement entered its current state' }) enteredStateAt: Date;
  @ApiProperty(INSTANT) updatedAt: Date;
}

/** One thing an event still lacks (workflows/agreement.rules.ts `Problem`). */
export class RequirementDto {
  @ApiProperty({ enum: ['missing_document', 'stale_document', 'missing_own_document', 'missing_any_document', 'missing_content', 'missing_field', 'invalid_field', 'outside_window'] })
  code: 'missing_document' | 'stale_document' | 'missing_own_document' | 'missing_any_document' | 'missing_content' | 'missing_field' | 'invalid_field' | 'outside_window';
  @ApiPropertyOptional({ enum: KINDS, description: 'missing_document, stale_document, missing_own_document' }) kind?: string;
  @ApiPropertyOptional({ enum: KINDS, isArray: true, description: 'missing_any_document: any one of these' }) kinds?: string[];
  @ApiPropertyOptional({ description: 'missing_content, missing_field, invalid_field' }) field?: string;
  @ApiPropertyOptional() detail?: string;
}

/** An event the caller could send now, and what it still lacks. */
export class AllowedEventDto {
  @ApiProperty({ enum: EVENT_TYPES }) type: string;
  @ApiProperty({ description: 'Nothing is missing: sending it now succeeds (given its data)' }) ready: boolean;
  @ApiProperty({ type: [RequirementDto] }) missing: RequirementDto[];
  @ApiProperty({ type: [String], description: 'The data fields the event takes' }) fields: string[];
  @ApiProperty({ enum: ['required', 'optional', 'none'] }) comment: 'required' | 'optional' | 'none';
  @ApiProperty({ type: [String], description: 'The document kinds the step needs' }) documents: string[];
  @ApiPropertyOptional({ type: [String], description: 'RETURN: the earlier steps (state paths) the caller may send the agreement back to, as data.to' }) targets?: string[];
}

/** 会签: the experts the center invited to the demonstration, and each one's opinion so far. */
export class DemonstrationDto {
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) experts: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: ['approve', 'reject'] }, description: 'expert user id → opinion' })
  opinions: Record<string, 'approve' | 'reject'>;
}

export class AgreementDetailDto extends AgreementSummaryDto {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }], description: 'The machine’s state value', example: { agreement: 'drafting' } })
  state: unknown;
  @ApiProperty({ type: AgreementContentDto }) content: AgreementContentDto;
  @ApiProperty({ type: String, nullable: true, description: 'The semester of the self-check under review', example: '2026-2027-1' }) semester: string | null;
  @ApiProperty({ type: [String] }) passedSemesters: string[];
  @ApiProperty({ type: DemonstrationDto }) demonstration: DemonstrationDto;
  @ApiProperty({ type: [AllowedEventDto], description: 'What the caller could send now' }) allowedEvents: AllowedEventDto[];
}

export class ActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for the scheduler' }) id: string | null;
  @ApiProperty() username: string;
  @ApiProperty({ type: [String], description: 'The roles the actor acted with (`system` for the scheduler)' }) roles: string[];
}

/** A document that satisfied a step's guard, as the history row recorded it. */
export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: DocumentKind;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty(INSTANT) uploaded_at: string;
}

export class HistoryEntryDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty(INSTANT) at: Date;
  @ApiProperty({ type: ActorDto }) actor: ActorDto;
  @ApiProperty({ enum: EVENT_TYPES }) event: EventType;
  @ApiProperty({ example: 'research' }) from: string;
  @ApiProperty({ example: 'feasibility.preparing' }) to: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The event’s data (and the filing number drawn)' }) data: Record<string, unknown> | null;
  @ApiProperty({ type: [EvidenceDto] }) documents: EvidenceDto[];
  @ApiProperty({ description: 'The machine version the step was taken under', example: 'agreement@2' }) machineVersion: string;
}

export class NudgeResultDto {
  @ApiProperty({ description: 'The reminder key: one nudge per agreement and day' }) key: string;
  @ApiProperty({ enum: ROLES, isArray: true }) reviewers: Role[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The work items urged' }) workItems: string[];
  @ApiProperty({ type: 'integer', description: 'Deliveries created' }) deliveries: number;
}

export class ObligationDto {
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty({ example: '2026-2027-1' }) semester: string;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ ...INSTANT, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ enum: ['fulfilled', 'pending', 'late'] }) status: 'fulfilled' | 'pending' | 'late';
}
