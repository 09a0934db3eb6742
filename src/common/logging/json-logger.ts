import type { LoggerService } from '@nestjs/common';
import { requestContext } from './request-context';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'] as const;
type Level = (typeof LEVELS)[number];

/** One JSON object per line on stdout, with the request id when there is one. */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(level: Level = 'info', private readonly out: (line: string) => void = (l) => process.stdout.write(l + '\n')) {
    this.threshold = LEVELS.indexOf(level);
  }

  log(message: unknown, ...rest: unknown[]) { this.write('info', message, rest); }
  error(message: unknown, ...rest: unknown[]) { this.write('error', message, rest); }
  warn(message: unknown, ...rest: unknown[]) { this.write('warn', message, rest); }
  debug(message: unknown, ...rest: unknown[]) { this.write('debug', message, rest); }
  verbose(message: unknown, ...rest: unknown[]) { this.write('verbose', message, rest); }
  fatal(message: unknown, ...rest: unknown[]) { this.write('fatal', message, rest); }

  private write(level: Level, message: unknown, rest: unknown[]) {
    if (LEVELS.indexOf(level) > this.threshold) return;
    // Nest passes the context (a class name) as the last string argument.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields = typeof message === 'object' && message !== null && !(message instanceof Error) ? (message as Record<string, unknown>) : { msg: message instanceof Error ? message.message : String(message) };
    const stack = rest.find((r) => typeof r === 'string' && r.includes('\n    at '));
    const ctx = requestContext.getStore();
    this.out(JSON.stringify({ time: new Date().toISOString(), level, context, requestId: ctx?.requestId, userId: ctx?.userId, ...fields, ...(stack ? { stack } : {}) }));
  }
}
