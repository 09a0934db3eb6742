import pino from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { AppConfig } from '../../config/env';
import { REDACT_PATHS, REDACTED, redactDeep, scrubText } from './redact';

export type LogFormat = 'json' | 'pretty';

/** Nest's `verbose` is pino's `trace`; the other names are the same. */
const LEVELS: Record<AppConfig['LOG_LEVEL'], pino.Level> = { fatal: 'fatal', error: 'error', warn: 'warn', info: 'info', debug: 'debug', verbose: 'trace' };

/**
 * JSON lines unless LOG_FORMAT says otherwise; without it, readable lines for a person at a terminal (`npm start`
 * in development) and JSON everywhere else: under NODE_ENV=production, and whenever stdout is a pipe or a file.
 */
export function logFormat(config: Pick<AppConfig, 'LOG_FORMAT'>, env: NodeJS.ProcessEnv = process.env, tty = !!process.stdout.isTTY): LogFormat {
  return config.LOG_FORMAT ?? (env.NODE_ENV !== 'production' && tty ? 'pretty' : 'json');
}

/** The options every log line goes through: level names as text, ISO times, and redaction of credentials. */
export function loggerOptions(config: Pick<AppConfig, 'LOG_LEVEL'>): LoggerOptions {
  const errSerializer = pino.stdSerializers.err;
  return {
    level: LEVELS[config.LOG_LEVEL],
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      // passwords and tokens under any key, credentials inside strings: in what is logged and in child bindings
      log: (record) => redactDeep(record),
      bindings: (bindings) => redactDeep(bindings),
    },
    hooks: {
      // the message text itself (an error's message may quote a URL or a header)
      logMethod(args, method) {
        for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = scrubText(args[i] as string);
        return method.apply(this, args as Parameters<typeof method>);
      },
    },
    serializers: {
      err: (err: Error) => {
        const out = errSerializer(err);
        return { ...out, message: scrubText(out.message ?? ''), stack: out.stack ? scrubText(out.stack) : out.stack };
      },
    },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
  };
}

function destination(format: LogFormat): DestinationStream {
  if (format === 'json') return pino.destination({ fd: 1, sync: true });
  // loaded only when asked for: production never needs it. Synchronous, so nothing is lost at process.exit.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty.build({
    sync: true,
    colorize: !!process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context',
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: true,
  });
}

let root: Logger | undefined;

/**
 * The process's one pino logger: Nest's logger (nestjs-pino), the HTTP request lines (pino-http) and the queue
 * workers all log through it. Made once per process, at start-up, from the validated configuration.
 */
export function rootLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>): Logger {
  root ??= pino(loggerOptions(config), destination(logFormat(config)));
  return root;
}
