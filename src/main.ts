import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { prepareDatabase } from './bootstrap/database';
import { setupDocs } from './bootstrap/docs';
import { JsonLogger } from './common/logging/json-logger';
import { ConfigError, loadConfig } from './config/env';

async function bootstrap() {
  const config = loadConfig();
  const logger = new JsonLogger(config.LOG_LEVEL);
  const database = await prepareDatabase(config, logger);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database.url), { logger, bufferLogs: true });
  app.useBodyParser('json', { limit: '1mb' });
  app.disable('x-powered-by');
  setupDocs(app);
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  logger.log({ msg: 'listening', port: typeof address === 'object' && address ? address.port : config.PORT, docs: '/api/docs' }, 'Bootstrap');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log({ msg: 'shutting down', signal }, 'Bootstrap');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

bootstrap().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(JSON.stringify({ level: 'fatal', msg: 'start-up failed', error: err instanceof Error ? err.stack : String(err) }));
  process.exit(1);
});
