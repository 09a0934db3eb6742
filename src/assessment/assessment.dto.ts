import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { trim } from '../common/transforms';

export class OpenCycleDto {
  @IsString() @MinLength(1) @MaxLength(60) templateKey: string;
  /** The academic year ending in this year (1 Sept of the year before → 31 Aug). */
  @IsInt() @Min(2000) @Max(2100) year: number;
  /** Colleges (or consortiums) to assess; every one when omitted. */
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) subjects?: string[];
  /** Assessors who must have scored every leaf before the center may finalize (default 1). */
  @IsOptional() @IsInt() @Min(1) @Max(50) minAssessors?: number;
  @IsOptional() @IsISO8601({ strict: true }) @MinLength(10) @MaxLength(10) selfDueOn?: string;
  @IsOptional() @IsISO8601({ strict: true }) @MinLength(10) @MaxLength(10) scoringDueOn?: string;
}

export class FillItemDto {
  /** The figures the indicator takes, by input name. */
  @IsOptional() @IsObject() inputs?: Record<string, unknown>;
  /** Defaults to the computed proposal; a different value needs a note. */
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber({ maxDecimalPlaces: 2 }) selfScore?: number | null;
  /** 自选 √ for optional indicators. */
  @IsOptional() @IsBoolean() selected?: boolean;
  @IsOptional() @ValidateIf((_, v) => v !== null) @Transform(trim) @IsString() @MaxLength(5000) note?: string | null;
}

export class ScoreItemDto {
  @IsNumber({ maxDecimalPlaces: 2 }) score: number;
  @IsOptional() @ValidateIf((_, v) => v !== null) @Transform(trim) @IsString() @MaxLength(5000) note?: string | null;
}

export class SheetEventDto {
  @IsIn(['SUBMIT', 'RETURN', 'FINALIZE']) type: 'SUBMIT' | 'RETURN' | 'FINALIZE';
  /** RETURN's reason (required there). */
  @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) reason?: string;
}

export class CycleEventDto {
  @IsIn(['PUBLISH']) type: 'PUBLISH';
}

export class TemplateQuery {
  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(1) version?: number;
}

export class CreateConsortiumDto {
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) name: string;
}

export class FigureDto {
  /** The indicator (a node with yearly figures). */
  @IsString() @MinLength(1) @MaxLength(60) code: string;
  /** The figure's input name (default `value`). */
  @IsOptional() @IsString() @MaxLength(60) input?: string;
  @IsInt() @Min(2000) @Max(2100) year: number;
  /** `committed` (2024–2026 承诺) or `actual` (实际). */
  @IsIn(['actual', 'committed']) kind: 'actual' | 'committed';
  @IsNumber({ maxDecimalPlaces: 4 }) @Min(0) value: number;
}
