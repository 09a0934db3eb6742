import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { DeputiesService } from './deputies.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** 待办: waiting for me, transfer, delegate, cc, urge, deputies. */
@Module({
  imports: [WorkflowModule, NotificationsModule],
  controllers: [TasksController],
  providers: [TasksService, DeputiesService],
})
export class TasksModule {}
