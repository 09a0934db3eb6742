import { ApiProperty } from '@nestjs/swagger';

/** Agreements at one top-level stage. */
export class StageCountDto {
  @ApiProperty({ description: 'A top-level stage of the agreement machine (labels: GET /api/v1/workflow)', example: 'filing' }) stage: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count: number;
}

/** What is overdue or owed now. */
export class OverdueCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: '备案逾期: signed, awaiting filing submission, past the 7-day filing deadline' }) filing: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: '督查整改中: agreements under a supervision notice' }) supervision: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: '督查逾期: under supervision and past the notice’s deadline' }) supervisionOverdue: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: '自查欠交: (running agreement, semester) pairs whose self-check due date passed with no report' }) selfChecksOwed: number;
}

/** This year's monthly-report punctuality (the 月报上报情况 matrix, counted). */
export class PunctualityDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) onTime: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) late: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) missing: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Months owed so far (on time + late + missing)' }) due: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10, description: 'Punctuality score: 10, −1 per late or missing month' }) score: number;
}

/** One college's row. */
export class CollegeProgressDto {
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty() collegeName: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'All its agreements, terminated included' }) total: number;
  @ApiProperty({ type: [StageCountDto], description: 'Every top-level stage in lifecycle order, zeros included' }) stages: StageCountDto[];
  @ApiProperty({ type: OverdueCountsDto }) overdue: OverdueCountsDto;
  @ApiProperty({ type: PunctualityDto }) monthlyReports: PunctualityDto;
}

/** 数据看板 — progress by college and stage (seeds/002 可视化进度). */
export class ProgressDto {
  @ApiProperty({ type: String, format: 'date-time' }) generatedAt: Date;
  @ApiProperty({ type: 'integer', description: 'The year of the punctuality figures' }) year: number;
  @ApiProperty({ type: [String], description: 'Top-level stages in lifecycle order', example: ['research', 'feasibility'] }) stageOrder: string[];
  @ApiProperty({ type: [CollegeProgressDto], description: 'One row per college the caller may see, in college code order' }) colleges: CollegeProgressDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: [StageCountDto] }) stages: StageCountDto[];
  @ApiProperty({ type: OverdueCountsDto }) overdue: OverdueCountsDto;
}
