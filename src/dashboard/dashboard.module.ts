import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** 数据看板: read-only progress figures by college (seeds/002 可视化进度). */
@Module({
  imports: [RemindersModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
