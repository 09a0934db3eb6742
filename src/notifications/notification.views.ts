import { ApiProperty } from '@nestjs/swagger';

/** 站内信: one notification in the caller's inbox. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'What it is about: monthly, selfCheck, filing, supervision, expiry, waiting, event, …', example: 'waiting' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, description: 'Where in the app it points', example: '/agreements/…' }) link: string | null;
  @ApiProperty({ description: 'The reminder it came from: one notification per reminder and user' }) reminderKey: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: Date | null;
  /** A 待办 notice points at its work item and closes with it. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) workItemId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: Date | null;
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer' }) count: number;
}

export class ReadAllResultDto {
  @ApiProperty({ type: 'integer', description: 'How many were unread and are read now' }) updated: number;
}
