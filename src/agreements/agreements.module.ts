import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { AgreementAccess } from './agreement-access';
import { AgreementEventsService } from './agreement-events.service';
import { AgreementSubject } from './agreement.subject';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';
import { DemonstrationController } from './demonstration.controller';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';

/** 校企合作项目: the agreement lifecycle on the workflow engine. */
@Module({
  imports: [WorkflowModule, NotificationsModule],
  controllers: [AgreementsController, FollowUpController, DemonstrationController],
  providers: [AgreementsService, AgreementEventsService, AgreementAccess, AgreementSubject, FollowUpService],
  exports: [AgreementsService, AgreementEventsService, AgreementAccess],
})
export class AgreementsModule {}
