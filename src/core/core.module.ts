import { createSecretKey } from 'node:crypto';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { College } from '../colleges/college.entity';
import { Major } from '../colleges/major.entity';
import { Clock, SettableClock, SystemClock } from '../common/clock';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { DATABASE_URL } from '../database/tokens';
import { Partner, PartnerStatusChange } from '../partners/partner.entity';
import { QueueService } from '../queue/queue.service';
import { documentStoreProvider } from '../storage/document-store.provider';
import { User } from '../users/user.entity';

/**
 * What every feature module may use without importing it: the validated configuration, the database (and the
 * few TypeORM repositories), the clock, the document store (local disk or S3), the queue, and JWT signing.
 */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DATABASE_URL, useValue: databaseUrl },
      { provide: Clock, useValue: config.TEST_CLOCK ? new SettableClock() : new SystemClock() },
      documentStoreProvider(config),
      QueueService,
    ];
    const orm = TypeOrmModule.forFeature([College, Major, User, Partner, PartnerStatusChange]);
    // the HMAC key is made once: given the string, jsonwebtoken would build a KeyObject on every sign and verify
    const jwt = JwtModule.register({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')), signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' } });
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DB_POOL_SIZE, { prepared: config.mode !== 'embedded' })), orm, jwt],
      providers,
      exports: [...providers.map((p) => ('provide' in p ? p.provide : p)), orm, jwt],
    };
  }
}
