import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RetentionModule } from '../retention/retention.module';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';
import { DashboardController } from './dashboard.controller';
import { DomainEventsService } from './domain-events.service';
import { OutboxRelayService } from './outbox-relay.service';
import { ReminderSweepService } from './reminder-sweep.service';
import { SchedulersService } from './schedulers.service';
import { WorkerHostService } from './worker-host.service';
import { WorldLoader } from './world.loader';

/** Reminders: the sweeps, the outbox relay, domain-event notices, the job schedulers and the worker host. */
@Module({
  imports: [AgreementsModule, NotificationsModule, RetentionModule],
  controllers: [AdminController, DashboardController],
  providers: [WorldLoader, ReminderSweepService, DomainEventsService, OutboxRelayService, SchedulersService, WorkerHostService, AdminService],
  exports: [WorldLoader],
})
export class RemindersModule {}
