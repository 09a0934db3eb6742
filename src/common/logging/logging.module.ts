import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/env';
import { JobContext } from './job-context';
import { scrubText } from './redact';
import { requestContextMiddleware } from './request-context.middleware';
import { requestIdOf } from './request-id';
import { rootLogger } from './root-logger';

type Req = IncomingMessage & { originalUrl?: string; user?: { id: string } };

/** Health probes answer every few seconds; their lines are debug, the rest info, a 5xx or a failure error. */
function level(req: Req, res: ServerResponse, err?: Error): 'debug' | 'info' | 'error' {
  if (err || res.statusCode >= 500) return 'error';
  return (req.originalUrl ?? req.url ?? '').startsWith('/health') ? 'debug' : 'info';
}

/**
 * Logging through nestjs-pino: Nest's logger, one line per HTTP request (pino-http, with the request id as `reqId`,
 * the user, the status and the time taken) and the request's context for the outbox and the queue jobs it causes.
 */
@Module({})
export class LoggingModule implements NestModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger: rootLogger(config),
            genReqId: (req, res) => requestIdOf(req, res),
            // logs made while handling a request carry only its id; the request line carries the request too
            quietReqLogger: true,
            customProps: (req: Req) => (req.user ? { userId: req.user.id } : {}),
            customLogLevel: level,
            serializers: {
              // pino-http's own request serializer (method, url, headers, address) ran first; the URL's query may
              // carry a credential, and the query and route params repeat what the URL says
              req: (req: { url?: string; query?: unknown; params?: unknown }) => {
                const { query: _query, params: _params, ...rest } = req;
                return { ...rest, url: rest.url && scrubText(rest.url) };
              },
            },
          },
        }),
      ],
      providers: [JobContext],
      exports: [JobContext],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*path');
  }
}
