import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module';
import { AssessmentController } from './assessment.controller';
import { ComputedService } from './computed.service';
import { EvidenceService } from './evidence.service';
import { UploadsModule } from '../core/uploads.module';
import { ConsortiumsService } from './consortiums.service';
import { CyclesService } from './cycles.service';
import { SheetSubject } from './sheet.subject';
import { SheetsService } from './sheets.service';
import { TemplatesService } from './templates.service';

/** 年度考核: indicator templates, cycles, sheets on the workflow engine, computed indicators, results. */
@Module({
  imports: [WorkflowModule, UploadsModule],
  controllers: [AssessmentController],
  providers: [TemplatesService, CyclesService, SheetsService, SheetSubject, ComputedService, ConsortiumsService, EvidenceService],
})
export class AssessmentModule {}
