import { ApiProperty } from '@nestjs/swagger';
import type { MonthStatus } from './monthly-matrix';

const INSTANT = { type: String, format: 'date-time' } as const;
const REPORT_STATUSES = ['draft', 'submitted', 'signed_off', 'returned'] as const;
const MONTH_STATUSES: MonthStatus[] = ['on_time', 'late', 'missing', 'pending', 'vacation', 'not_required'];

/** 月报: one college's report for one month. */
export class MonthlyReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty({ example: '2026-09' }) month: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: (typeof REPORT_STATUSES)[number];
  @ApiProperty() workDone: string;
  @ApiProperty() newPartners: string;
  @ApiProperty() eliminatedPartners: string;
  @ApiProperty() activities: string;
  @ApiProperty() problemsAndMeasures: string;
  @ApiProperty() notes: string;
  @ApiProperty({ ...INSTANT, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ ...INSTANT, nullable: true, description: 'Reported to the center: on time when before the due moment' }) signedOffAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) signedOffBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The leader’s comment when returned' }) returnComment: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty(INSTANT) updatedAt: Date;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' }) sha256: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedBy: string | null;
  @ApiProperty(INSTANT) uploadedAt: Date;
}

/** One college's year: a status per month, the counts and the punctuality score. */
export class MatrixRowDto {
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty() collegeName: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: MONTH_STATUSES }, description: 'By month (YYYY-MM)', example: { '2027-01': 'on_time' } })
  cells: Record<string, MonthStatus>;
  @ApiProperty({ type: 'integer' }) onTime: number;
  @ApiProperty({ type: 'integer' }) late: number;
  @ApiProperty({ type: 'integer' }) missing: number;
  @ApiProperty({ type: 'integer', description: '10, −1 per late or missing month, not below 0' }) score: number;
}

/** 月报上报情况: colleges × months. */
export class MatrixDto {
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: [String], example: ['2027-01', '2027-02'] }) months: string[];
  @ApiProperty({ type: [MatrixRowDto] }) rows: MatrixRowDto[];
}

/** One step of a monthly report's history (its machine: workflows/monthly-report.machine.ts). */
export class MonthlyReportStepDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: 'object', properties: { id: { type: 'string', format: 'uuid', nullable: true }, username: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } } } })
  actor: { id: string | null; username: string; roles: string[] };
  @ApiProperty({ enum: ['SUBMIT', 'SIGN_OFF', 'RETURN', 'RECALL'] }) event: string;
  @ApiProperty({ example: 'draft' }) from: string;
  @ApiProperty({ example: 'submitted' }) to: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}
