import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AgreementsModule } from './agreements/agreements.module';
import { AssessmentModule } from './assessment/assessment.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CollegesModule } from './colleges/colleges.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ConsoleModule } from './console/console.module';
import { AuthGuard } from './common/auth/auth.guard';
import { ProblemFilter } from './common/errors/problem.filter';
import { validationException } from './common/errors/validation';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/env';
import { CoreModule } from './core/core.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { MonthlyReportsModule } from './monthly-reports/monthly-reports.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PartnersModule } from './partners/partners.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { RemindersModule } from './reminders/reminders.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';
import { WorkflowModule } from './workflow/workflow.module';

/** The features, each a module of its own; the guard, problem filter and validation pipe apply to all of them. */
const FEATURES = [
  HealthModule, AuthModule, UsersModule, CollegesModule, PartnersModule, WorkflowModule, AgreementsModule, DocumentsModule,
  TasksModule, MonthlyReportsModule, CalendarModule, NotificationsModule, RemindersModule, AssessmentModule,
  DashboardModule, QueueBoardModule,
];

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggingModule.register(config), CoreModule.register(config, databaseUrl), ...FEATURES, ConsoleModule.register(config.CONSOLE_DIR)],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, transform: true, exceptionFactory: validationException }),
        },
      ],
    };
  }
}
