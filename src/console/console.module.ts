import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';

/** Paths the console never answers: the API, health, the queue dashboard and the API docs stay the server's own. */
export const CONSOLE_EXCLUDES = ['/assets/{*path}', '/api/{*path}', '/health', '/health/{*path}', '/admin', '/admin/{*path}'];

/**
 * The staff console (console/, React + antd), built into CONSOLE_DIR and served at `/` by this process. Any other
 * GET falls back to index.html, so a reload of /agreements/… opens the same page. Hashed assets are cached for a
 * year; index.html is revalidated on every load, so a new release shows at once.
 */
@Module({})
export class ConsoleModule {
  static register(dir: string): DynamicModule {
    const root = resolve(dir);
    if (!existsSync(join(root, 'index.html'))) {
      new Logger('Console').warn(`console not built (no ${join(root, 'index.html')}); run npm run build`);
      return { module: ConsoleModule };
    }
    return {
      module: ConsoleModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: root,
          exclude: CONSOLE_EXCLUDES,
          serveStaticOptions: {
            index: false,
            setHeaders: (res: ServerResponse, path: string) => {
              res.setHeader('Cache-Control', path.includes(`${'/'}assets${'/'}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
              res.setHeader('X-Content-Type-Options', 'nosniff');
            },
          },
        }),
      ],
    };
  }
}
