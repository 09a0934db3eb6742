import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { prepareDatabase } from './bootstrap/database';
import { setupDocs } from './bootstrap/docs';
import { HttpDrain } from './bootstrap/http-drain';
import { jsonBodyGuard } from './common/json-body';
import { Logger } from 'nestjs-pino';
import { rootLogger } from './common/logging/root-logger';
import { bootLogger } from './common/logging/boot-logger';
import { ConfigError, loadConfig } from './config/env';
import { loadEnvFile } from './config/env-file';
import { WorkerHostService } from './reminders/worker-host.service';

/**
 * SIGTERM to exit within 5 s, under load: HTTP drains (new connections refused after the grace, requests in flight
 * finish, every connection closed by its deadline) while the workers stop; then the queues and the database pool close.
 * Past `exitByMs` the process exits with 1. An embedded database then still gets to close its files.
 */
const SHUTDOWN = { graceMs: 250, httpDeadlineMs: 3000, workersMs: 3000, exitByMs: 4500 };

export async function bootstrap() {
  const config = loadConfig();
  const logger = bootLogger(rootLogger(config));
  // what logs before Nest's own logger is attached (modules being registered) goes through pino too
  NestLogger.overrideLogger(logger);
  const database = await prepareDatabase(config, logger);

  const module = AppModule.register(config, database.url);
  let app: INestApplicationContext;
  let drain: HttpDrain | undefined;
  if (config.APP_ROLE === 'worker') {
    app = await NestFactory.createApplicationContext(module, { bufferLogs: true });
    app.useLogger(app.get(Logger));
    logger.log({ msg: 'worker started', role: config.APP_ROLE }, 'Bootstrap');
  } else {
    const http = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
    http.useLogger(http.get(Logger));
    drain = new HttpDrain(http.getHttpServer());
    http.use(drain.middleware);
    http.useBodyParser('json', { limit: '1mb' });
    http.use(jsonBodyGuard); // too deep or a prototype key: refused before routing and validation
    http.disable('x-powered-by');
    http.set('trust proxy', config.trustProxy); // TRUST_PROXY: req.ip is the client's address behind these proxies
    // API answers are private and change without their version moving (an upload changes what is missing): never
    // stored, so never revalidated into a stale 304; the ETag a handler sets is the version for If-Match only
    http.set('etag', false);
    http.use('/api', (_req: unknown, res: { setHeader(n: string, v: string): void }, next: () => void) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    });
    // the console's files go out gzipped (its JavaScript is a sixth of its size so); the API's answers are left as they are
    http.use(compression({ level: 9, filter: (req, res) => !req.url?.startsWith('/api/') && compression.filter(req, res) }));
    setupDocs(http);
    // idle keep-alive connections outlive a reverse proxy's or a client's own idle timeout (60 s, 4 s): the server never
    // closes one just as the other end reuses it (a request lost as "other side closed")
    const server = http.getHttpServer();
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
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
    const started = Date.now();
    const force = setTimeout(() => {
      logger.error({ msg: 'shutdown overran its deadline; exiting', ms: Date.now() - started }, 'Bootstrap');
      process.exit(1);
    }, SHUTDOWN.exitByMs);
    force.unref();
    await Promise.all([drain?.close({ graceMs: SHUTDOWN.graceMs, deadlineMs: SHUTDOWN.httpDeadlineMs }), app.get(WorkerHostService).stop(SHUTDOWN.workersMs)]);
    await app.close();
    if (database.embedded) {
      // the embedded database lives in this process: its own close (the last writes to disk) is never cut short
      clearTimeout(force);
      setTimeout(() => process.exit(1), 15_000).unref();
      await database.embedded.stop();
    }
    logger.log({ msg: 'stopped', signal, ms: Date.now() - started }, 'Bootstrap');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (require.main === module) start();

export function start(): void {
  // `.env` first (real environment variables win), then the validated configuration
  Promise.resolve().then(() => loadEnvFile()).then(bootstrap).catch((err) => {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(JSON.stringify({ level: 'fatal', msg: 'start-up failed', error: err instanceof Error ? err.stack : String(err) }));
    process.exit(1);
  });
}
