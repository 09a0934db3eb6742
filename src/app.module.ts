import { DynamicModule, MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementEventsService } from './agreements/agreement-events.service';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementsService } from './agreements/agreements.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { CollegesController } from './colleges/colleges.controller';
import { CollegesService } from './colleges/colleges.service';
import { College } from './colleges/college.entity';
import { Major } from './colleges/major.entity';
import { MajorsController } from './colleges/majors.controller';
import { AuthGuard } from './common/auth/auth.guard';
import { Clock, SystemClock } from './common/clock';
import { ProblemFilter } from './common/errors/problem.filter';
import { validationException } from './common/errors/validation';
import { requestLogging } from './common/logging/request-logging.middleware';
import { APP_CONFIG } from './config/env';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { FileStorage, LocalDiskStorage } from './documents/file-storage';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { Partner, PartnerStatusChange } from './partners/partner.entity';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { User } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { WorkflowController } from './workflow/workflow.controller';

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
      controllers: [
        HealthController, AuthController, UsersController, CollegesController, MajorsController, PartnersController,
        AgreementsController, DocumentsController, WorkflowController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            forbidUnknownValues: true,
            transform: true,
            exceptionFactory: validationException,
          }),
        },
        HealthService,
        LoginThrottleService,
        AuthService,
        UsersService,
        CollegesService,
        PartnersService,
        AgreementsService,
        AgreementEventsService,
        DocumentsService,
        { provide: FileStorage, useValue: new LocalDiskStorage(config.DATA_DIR) },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogging).forRoutes('*path');
  }
}
