import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * Nest's logger interface over the root pino logger, for start-up and shutdown (before Nest's own logger exists and
 * after it is gone): `log({msg, …}, 'Bootstrap')` as everywhere else in the code.
 */
export function bootLogger(root: Logger): LoggerService {
  const write = (level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace') => (message: unknown, ...rest: unknown[]) => {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) root[level]({ context, err: message });
    else if (typeof message === 'object' && message !== null) root[level]({ context, ...(message as object) });
    else root[level]({ context }, String(message));
  };
  return { log: write('info'), error: write('error'), warn: write('warn'), debug: write('debug'), verbose: write('trace'), fatal: write('fatal') };
}
