import { Module } from '@nestjs/common';
import { UploadsModule } from '../core/uploads.module';
import { RemindersModule } from '../reminders/reminders.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { MonthlyReportSubject } from './monthly-report.subject';
import { MonthlyReportsController } from './monthly-reports.controller';
import { MonthlyReportsService } from './monthly-reports.service';

/** 月报: each college's monthly report, a machine on the workflow engine, and the punctuality matrix. */
@Module({
  imports: [WorkflowModule, RemindersModule, UploadsModule],
  controllers: [MonthlyReportsController],
  providers: [MonthlyReportsService, MonthlyReportSubject],
})
export class MonthlyReportsModule {}
