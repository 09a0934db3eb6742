import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class CheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiPropertyOptional({ type: 'integer', description: 'How long the check took' }) ms?: number;
  @ApiPropertyOptional({ description: 'Why it is down' }) error?: string;
}

export class QueueCheckDto extends CheckDto {
  @ApiProperty({ enum: ['redis', 'postgres'] }) backend: 'redis' | 'postgres';
}

export class ReadinessChecksDto {
  @ApiProperty({ type: CheckDto }) database: CheckDto;
  @ApiProperty({ type: QueueCheckDto }) queue: QueueCheckDto;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['embedded', 'single', 'production'], description: 'The run mode' }) mode: string;
  @ApiProperty({ type: ReadinessChecksDto }) checks: ReadinessChecksDto;
}
