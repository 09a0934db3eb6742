import { DynamicModule, MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { Partner, PartnerStatusChange } from './partners/partner.entity';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { User } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DB_POOL_SIZE)),
        TypeOrmModule.forFeature([College, Major, User, Partner, PartnerStatusChange]),
        JwtModule.register({ secret: config.jwtSecret, signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' } }),
      ],
      controllers: [HealthController, AuthController, UsersController, CollegesController, MajorsController, PartnersController],
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
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogging).forRoutes('*path');
  }
}
