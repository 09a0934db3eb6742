import { Logger } from '@nestjs/common';
import { ExpressAdapter } from '@bull-board/express';
import type { ControllerHandlerReturnType } from '@bull-board/api/typings/app';
import { ERROR_CATALOG } from '../common/errors/error-catalog';

const logger = new Logger('QueueBoard');

/**
 * bull-board's Express server, with two differences: no X-Powered-By, and a failure of the queue's datastore (Redis
 * or PostgreSQL not answering) is 503 `service_unavailable` as a problem, never bull-board's 500. The dashboard's own
 * answers (404 for an unknown queue or job, 400 for a bad request) stay bull-board's.
 */
export class BoardServer extends ExpressAdapter {
  constructor() {
    super();
    this.app.disable('x-powered-by');
  }

  override setErrorHandler(handler: (error: Error) => ControllerHandlerReturnType): this {
    return super.setErrorHandler((error: Error & { statusCode?: number }) => {
      if (error.statusCode && error.statusCode < 500) return handler(error);
      logger.warn({ msg: 'the queue dashboard could not reach the queue', error: error.message });
      const { status, zh, en } = ERROR_CATALOG.service_unavailable;
      // bull-board's type lists the statuses it answers with itself; Express sends any
      const answer = status as unknown as ControllerHandlerReturnType['status'];
      return { status: answer, body: { type: 'urn:coop:error:service_unavailable', title: zh, status, code: 'service_unavailable', detail: en } };
    });
  }
}
