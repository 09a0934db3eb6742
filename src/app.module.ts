import { DynamicModule, MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { AgreementEventsService } from './agreements/agreement-events.service';
import { AgreementAccess } from './agreements/agreement-access';
import { AgreementSubject } from './agreements/agreement.subject';
import { DemonstrationController } from './agreements/demonstration.controller';
import { WorkItemsService } from './tasks/work-items.service';
import { DeputiesService } from './tasks/deputies.service';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { WorkflowRunner } from './workflow/workflow-runner.service';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementsService } from './agreements/agreements.service';
import { FollowUpController } from './agreements/follow-up.controller';
import { FollowUpService } from './agreements/follow-up.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { College } from './colleges/college.entity';
import { CollegesController } from './colleges/colleges.controller';
import { CollegesService } from './colleges/colleges.service';
import { Major } from './colleges/major.entity';
import { MajorsController } from './colleges/majors.controller';
import { AuthGuard } from './common/auth/auth.guard';
import { Clock, SettableClock, SystemClock } from './common/clock';
import { ProblemFilter } from './common/errors/problem.filter';
import { validationException } from './common/errors/validation';
import { requestLogging } from './common/logging/request-logging.middleware';
import { APP_CONFIG } from './config/env';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { DATABASE_URL } from './database/tokens';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { FileStorage, LocalDiskStorage } from './documents/file-storage';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MonthlyReportsController } from './monthly-reports/monthly-reports.controller';
import { MonthlyReportsService } from './monthly-reports/monthly-reports.service';
import { MonthlyReportSubject } from './monthly-reports/monthly-report.subject';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { Partner, PartnerStatusChange } from './partners/partner.entity';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { QueueService } from './queue/queue.service';
import { AdminController } from './reminders/admin.controller';
import { AdminService } from './reminders/admin.service';
import { DashboardController } from './reminders/dashboard.controller';
import { EmailChannel } from './reminders/channels/email.channel';
import { WebhookChannel } from './reminders/channels/webhook.channel';
import { DeliveryService } from './reminders/delivery.service';
import { DomainEventsService } from './reminders/domain-events.service';
import { NotifierService } from './reminders/notifier.service';
import { OutboxRelayService } from './reminders/outbox-relay.service';
import { ReminderSweepService } from './reminders/reminder-sweep.service';
import { SchedulersService } from './reminders/schedulers.service';
import { WorkerHostService } from './reminders/worker-host.service';
import { WorldLoader } from './reminders/world.loader';
import { User } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { WorkflowController } from './workflow/workflow.controller';

const CONTROLLERS = [
  HealthController, AuthController, UsersController, CollegesController, MajorsController, PartnersController,
  AgreementsController, FollowUpController, DemonstrationController, DocumentsController, WorkflowController,
  CalendarController, MonthlyReportsController, NotificationsController, AdminController, DashboardController, TasksController,
];

const SERVICES = [
  HealthService, LoginThrottleService, AuthService, UsersService, CollegesService, PartnersService,
  AgreementsService, AgreementEventsService, AgreementAccess, AgreementSubject, FollowUpService, WorkflowRunner, WorkItemsService, DocumentsService,
  MonthlyReportsService, MonthlyReportSubject, TasksService, DeputiesService, CalendarService, NotificationsService,
  QueueService, WorldLoader, NotifierService, ReminderSweepService, AdminService, DeliveryService, DomainEventsService, OutboxRelayService,
  EmailChannel, WebhookChannel, SchedulersService, WorkerHostService,
];

@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DB_POOL_SIZE)),
        TypeOrmModule.forFeature([College, Major, User, Partner, PartnerStatusChange]),
        JwtModule.register({ secret: config.jwtSecret, signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' } }),
        MulterModule.register({ storage: memoryStorage(), limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 } }),
      ],
      controllers: config.APP_ROLE === 'worker' ? [] : CONTROLLERS,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: Clock, useValue: config.TEST_CLOCK ? new SettableClock() : new SystemClock() },
        { provide: FileStorage, useValue: new LocalDiskStorage(config.DATA_DIR) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, transform: true, exceptionFactory: validationException }),
        },
        ...SERVICES,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogging).forRoutes('*path');
  }
}
