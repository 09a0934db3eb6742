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

export class InputOptionDto {
  @ApiProperty() value: string;
  @ApiProperty() label: string;
}

/** A named figure an indicator takes (template.types.ts InputSpec). */
export class InputSpecDto {
  @ApiProperty() name: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['integer', 'decimal', 'ratioPart', 'integerList', 'boolean', 'option', 'text'] }) type: string;
  @ApiPropertyOptional({ description: '`manual` or `computed:<name>`: filled from the records' }) source?: string;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional() min?: number;
  @ApiPropertyOptional() max?: number;
  @ApiPropertyOptional({ description: 'ratioPart: the input naming the whole' }) partOf?: string;
  @ApiPropertyOptional({ type: 'integer' }) maxLength?: number;
  @ApiPropertyOptional({ type: [InputOptionDto] }) options?: InputOptionDto[];
}

/** One node of a template's tree (template.types.ts TemplateNode). */
export class TemplateNodeDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 }) level: number;
  @ApiPropertyOptional() points?: number;
  @ApiPropertyOptional() bonusCap?: number;
  @ApiPropertyOptional({ enum: ['basic', 'substantive', 'negative', 'outcome'] }) category?: string;
  @ApiPropertyOptional({ enum: ['mandatory', 'optional'] }) selection?: string;
  @ApiPropertyOptional({ enum: ['qualitative', 'quantitative', 'mixed', 'veto'] }) nature?: string;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ type: [InputSpecDto] }) inputs?: InputSpecDto[];
  @ApiPropertyOptional({ description: '`manual` or `computed:<name>`' }) source?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The scoring rule: {type, …} (manual, options, checklist, perUnit, ratioBands, coverage, deduction, bands, dualRatio, veto, observation)' }) rule?: Record<string, unknown>;
  @ApiPropertyOptional() cluster?: string;
  @ApiPropertyOptional() reportSection?: string;
  @ApiPropertyOptional({ type: [Number] }) years?: number[];
  @ApiPropertyOptional({ type: () => [TemplateNodeDto] }) children?: TemplateNodeDto[];
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
  @ApiProperty({ type: [TemplateNodeDto] }) nodes: TemplateNodeDto[];
}

export class CycleSheetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty({ enum: ['drafting', 'submitted', 'final', 'published'] }) state: string;
}

/** An event the caller may send to the whole cycle (PUBLISH), and whether it would pass now (else what is missing). */
export class CycleEventOptionDto {
  @ApiProperty({ enum: ['PUBLISH'] }) type: string;
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: [String], description: 'Sheets not final yet (subject names)' }) missing: string[];
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
  @ApiProperty({ type: [CycleEventOptionDto], description: 'Cycle events the caller may send (the sheet machine’s PUBLISH rule)' }) allowedEvents: CycleEventOptionDto[];
}

/** Where a sheet lives (the work item's link /assessment/sheets/{id} resolves through it). */
export class SheetRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() templateKey: string;
}

export class SheetEventOptionDto {
  @ApiProperty({ enum: ['SUBMIT', 'RETURN', 'FINALIZE', 'PUBLISH'] }) type: string;
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: 'array', items: FREE, description: 'What blocks the event now' }) missing: unknown[];
}

export class TotalsDto {
  @ApiProperty({ type: Number, nullable: true }) s1: number | null;
  @ApiProperty({ type: Number, nullable: true }) s2: number | null;
  @ApiProperty({ type: Number, nullable: true }) final: number | null;
}

/** One entry of a computed proposal's evidence: a month, an agreement, a partner, a major, a rule step. */
export class EvidenceEntryDto {
  @ApiProperty({ description: 'month, agreement, partner, major, selfCheck, ledgerChange, rule' }) kind: string;
  @ApiProperty({ description: 'The record it names (empty for a rule step)' }) id: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ description: 'e.g. on_time, late, missing for months' }) status?: string;
}

/** What the server computes for an indicator from its inputs and the records, with the evidence. */
export class ProposalDto {
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ type: [EvidenceEntryDto] }) evidence: EvidenceEntryDto[];
}

export class AssessorScoreDto {
  @ApiProperty({ format: 'uuid' }) assessorId: string;
  @ApiPropertyOptional() assessorName?: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class SheetItemDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) level: number;
  @ApiProperty({ type: Number, nullable: true }) points: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Bonus points above `points` the rule allows' }) bonusCap: number | null;
  @ApiProperty({ description: 'Leaves carry scores; groups show the sums of their leaves' }) leaf: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['mandatory', 'optional'] }) selection: string | null;
  @ApiProperty({ type: String, nullable: true }) nature: string | null;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) selected: boolean | null;
  @ApiProperty(FREE) inputs: Record<string, unknown>;
  @ApiProperty({ type: ProposalDto, nullable: true }) proposal: ProposalDto | null;
  @ApiProperty({ type: Number, nullable: true }) selfScore: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [AssessorScoreDto] }) scores: AssessorScoreDto[];
  @ApiProperty({ type: Number, nullable: true }) groupScore: number | null;
}

export class SheetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() subjectName: string;
  @ApiProperty({ enum: ['drafting', 'submitted', 'final', 'published'] }) state: string;
  @ApiProperty() templateKey: string;
  @ApiProperty({ type: 'integer' }) templateVersion: number;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: [SheetEventOptionDto] }) allowedEvents: SheetEventOptionDto[];
  @ApiProperty({ type: TotalsDto }) totals: TotalsDto;
  @ApiProperty({ type: WeightsDto }) weights: WeightsDto;
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

export class StepActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) id: string | null;
  @ApiProperty() username: string;
  @ApiProperty({ type: [String] }) roles: string[];
}

export class SheetStepDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: StepActorDto }) actor: StepActorDto;
  @ApiProperty({ enum: ['SUBMIT', 'RETURN', 'FINALIZE', 'PUBLISH'] }) event: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}
