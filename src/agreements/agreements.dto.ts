import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { CONTENT_FIELDS, COOPERATION_TYPES, EVENT_TYPES, STAGES } from '../../workflows/agreement.catalog';
import type { ContentField, CooperationType, EventType } from '../../workflows/agreement.catalog';
import { KeysetPageQuery } from '../common/pagination';
import { queryBoolean, trim } from '../common/transforms';

/** The top-level states, an agreement's `stage` (the catalog's list). */
export { STAGES };

/** The eleven text contents of an agreement (the twelfth, the term, is startDate/endDate). */
export class AgreementContentDto {
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) nameAndScope?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) purpose?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) mode?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) details?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) rightsAndObligations?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) partnerInvestment?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) collegeResources?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) facilitiesAndCosts?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) incomeDistribution?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) terminationConditions?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(20000) breachLiability?: string | null;
}
export const CONTENT_KEYS = Object.keys(CONTENT_FIELDS) as ContentField[];

export class CreateAgreementDto {
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  title: string;

  @IsUUID()
  partnerId: string;

  @IsIn(Object.keys(COOPERATION_TYPES))
  cooperationType: CooperationType;

  /** At least one major: every project serves a study programme of the college. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  majorIds: string[];

  /** A leader may ask for expert demonstration; it is forced for co-built majors, colleges and training bases. */
  @IsOptional() @IsBoolean()
  requiresDemonstration?: boolean;

  /** Only for admins and the center creating on a college's behalf; college users create for their own college. */
  @IsOptional() @IsUUID()
  collegeId?: string;
}

export class UpdateAgreementDto {
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  title?: string;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => AgreementContentDto)
  content?: AgreementContentDto;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsISO8601({ strict: true }) @MaxLength(10) @MinLength(10)
  startDate?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsISO8601({ strict: true }) @MaxLength(10) @MinLength(10)
  endDate?: string | null;

  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  majorIds?: string[];
}

/** The longest comment an event takes. */
export const EVENT_COMMENT_MAX = 5000;

/** The body of POST /agreements/:id/events; its OpenAPI schema, one variant per event, is in event-schemas.ts. */
export class SendEventDto {
  @IsIn(EVENT_TYPES)
  type: EventType;

  @IsOptional() @IsString() @MaxLength(EVENT_COMMENT_MAX)
  comment?: string;

  /** Event data: `{passed}`, `{signedAt}`, `{semester, figures}`, `{conclusion}`, `{deadline}`, `{reason}`… */
  @IsOptional() @IsObject()
  data?: Record<string, unknown>;
}

export class ListAgreementsQuery extends KeysetPageQuery {
  @IsOptional() @IsIn(STAGES)
  stage?: string;

  @IsOptional() @IsUUID()
  collegeId?: string;

  @IsOptional() @IsUUID()
  partnerId?: string;

  @IsOptional() @IsIn(Object.keys(COOPERATION_TYPES))
  cooperationType?: string;

  /** Part of the title, of the partner's name or of the filing number (备案号, e.g. `BA-2026-00012`); three characters or more use the trigram indexes. */
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  /** Only agreements with a missed deadline (filing or supervision). */
  @IsOptional() @Transform(queryBoolean) @IsBoolean()
  overdue?: boolean;

  /** The order, `-` for descending (default `-updatedAt`); ties go by id. endDate puts agreements without an end date last either way. */
  @IsOptional() @IsIn(['updatedAt', '-updatedAt', 'createdAt', '-createdAt', 'title', '-title', 'endDate', '-endDate'])
  sort?: string;
}

