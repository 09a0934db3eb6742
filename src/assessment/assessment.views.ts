import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const FREE = { type: 'object', additionalProperties: true } as const;

export class TemplateSummaryDto {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['college', 'consortium'] }) subject: string;
  @ApiProperty({ type: 'integer', nullable: true }) latestPublished: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) draft: number | null;
}

export class WeightsDto {
  @ApiProperty() self: number;
  @ApiProperty() group: number;
}

/** A template version as its tree (ASSESSMENT.md: key, version, status, name, subject, weights, minOptional, nodes). */
export class TemplateDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ enum: ['draft', 'published'] }) status: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['college', 'consortium'] }) subject: string;
  @ApiProperty({ type: WeightsDto }) weights: WeightsDto;
  @ApiPropertyOptional({ type: 'integer' }) minOptional?: number;
  @ApiProperty({ type: 'array', items: FREE, description: 'code, title, level, points, category, selection, nature, unit, inputs, source, rule, children' }) nodes: unknown[];
}

export class CycleSheetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty({ enum: ['drafting', 'submitted', 'final', 'published'] }) state: string;
}

export class CycleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() templateKey: string;
  @ApiProperty({ type: 'integer' }) templateVersion: number;
  @ApiProperty() templateName: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ type: 'integer' }) minAssessors: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) selfDueOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) scoringDueOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: [CycleSheetDto], description: 'A college sees its own sheet only' }) sheets: CycleSheetDto[];
}

export class TotalsDto {
  @ApiProperty({ type: Number, nullable: true }) s1: number | null;
  @ApiProperty({ type: Number, nullable: true }) s2: number | null;
  @ApiProperty({ type: Number, nullable: true }) final: number | null;
}

export class SheetItemDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: Number, nullable: true }) points: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) selected: boolean | null;
  @ApiProperty(FREE) inputs: Record<string, unknown>;
  @ApiProperty({ ...FREE, nullable: true, description: '{score, evidence: [{kind, id, label}]}' }) proposal: unknown;
  @ApiProperty({ type: Number, nullable: true }) selfScore: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: 'array', items: FREE, description: '{assessorId, assessorName, score, note}' }) scores: unknown[];
  @ApiProperty({ type: Number, nullable: true }) groupScore: number | null;
}

export class SheetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty({ enum: ['drafting', 'submitted', 'final', 'published'] }) state: string;
  @ApiProperty({ type: 'array', items: FREE }) allowedEvents: unknown[];
  @ApiProperty({ type: TotalsDto }) totals: TotalsDto;
  @ApiProperty({ type: String, nullable: true }) verdict: string | null;
  @ApiProperty() vetoHit: boolean;
  @ApiProperty({ type: [SheetItemDto] }) items: SheetItemDto[];
}

export class ItemResultDto {
  @ApiProperty({ type: SheetItemDto }) item: SheetItemDto;
  @ApiProperty({ type: TotalsDto }) totals: TotalsDto;
}

export class ResultRowDto {
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) s1: number | null;
  @ApiProperty({ type: Number, nullable: true }) s2: number | null;
  @ApiProperty({ type: Number, nullable: true }) final: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rank: number | null;
  @ApiProperty({ type: String, nullable: true }) verdict: string | null;
  @ApiProperty() state: string;
}

export class ResultsDto {
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty() templateKey: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: WeightsDto }) weights: WeightsDto;
  @ApiProperty({ type: [ResultRowDto] }) rows: ResultRowDto[];
}

export class ConsortiumDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class FigureRecordDto {
  @ApiProperty() code: string;
  @ApiProperty() input: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() value: number;
  @ApiProperty({ enum: ['actual', 'committed'] }) kind: string;
}

export class ShortfallDto {
  @ApiProperty() code: string;
  @ApiProperty() input: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() committed: number;
  @ApiProperty() actual: number;
  @ApiProperty() shortfall: number;
}

export class FiguresDto {
  @ApiProperty({ type: [FigureRecordDto] }) records: FigureRecordDto[];
  @ApiProperty({ type: [ShortfallDto], description: 'Later actuals below their commitments' }) shortfalls: ShortfallDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Commitments of closed years with no actual reported' }) missingActuals: unknown[];
}

export class EvidenceDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The indicator it supports' }) code: string;
  @ApiProperty() filename: string;
  @ApiProperty({ type: 'integer' }) size: number;
  @ApiProperty() sha256: string;
  @ApiProperty() mediaType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt: Date;
}

export class SheetStepDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: 'object', additionalProperties: true }) actor: unknown;
  @ApiProperty({ enum: ['SUBMIT', 'RETURN', 'FINALIZE', 'PUBLISH'] }) event: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}
