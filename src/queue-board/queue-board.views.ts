import { ApiProperty } from '@nestjs/swagger';

export class QueueBoardSessionDto {
  @ApiProperty({ example: '/admin/queues', description: 'The dashboard to open now' }) url: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the session ends unless the open dashboard renews it' }) expiresAt: string;
}
