import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { prepareDatabase } from './bootstrap/database';
import { setupDocs } from './bootstrap/docs';
import { jsonBodyGuard } from './common/json-body';
import { JsonLogger } from './common/logging/json-logger';
import { ConfigError, loadConfig } from './config/env';

export async function bootstrap() {
  const config = loadConfig();
  const logger = new JsonLogger(config.LOG_LEVEL);
  const database = await prepareDatabase(config, logger);

  const module = AppModule.register(config, database.url);
  let app: { close(): Promise<void> };
  if (config.APP_ROLE === 'worker') {
    app = await NestFactory.createApplicationContext(module, { logger, bufferLogs: true });
    logger.log({ msg: 'worker started', role: config.APP_ROLE }, 'Bootstrap');
  } else {
    const http = await NestFactory.create<NestExpressApplication>(module, { logger, bufferLogs: true });
    http.useBodyParser('json', { limit: '1mb' });
    http.use(jsonBodyGuard); // too deep or a prototype key: refused before routing and validation
    http.disable('x-powered-by');
    setupDocs(http);
    await http.listen(config.PORT, config.HOST);
    const address = http.getHttpServer().address();
    logger.log({ msg: 'listening', role: config.APP_ROLE, port: typeof address === 'object' && address ? address.port : config.PORT, docs: '/api/docs' }, 'Bootstrap');
    app = http;
  }

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

if (require.main === module) start();

export function start(): void {
  bootstrap().catch((err) => {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(JSON.stringify({ level: 'fatal', msg: 'start-up failed', error: err instanceof Error ? err.stack : String(err) }));
    process.exit(1);
  });
}
