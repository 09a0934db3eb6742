import { Module } from '@nestjs/common';
import { WorkItemsService } from '../tasks/work-items.service';
import { WorkflowRunner } from './workflow-runner.service';
import { WorkflowController } from './workflow.controller';

/** The one engine's database side (every machine runs through WorkflowRunner) and the work items it keeps. */
@Module({
  controllers: [WorkflowController],
  providers: [WorkflowRunner, WorkItemsService],
  exports: [WorkflowRunner, WorkItemsService],
})
export class WorkflowModule {}
