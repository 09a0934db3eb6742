import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { preferredLang } from '../i18n';
import { isConnectionLoss } from './connection-loss';
import { DomainError, FieldError } from './domain-error';
import { ERROR_CATALOG, ErrorCode, FIELD_ERROR_MESSAGES } from './error-catalog';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden_role',
  404: 'route_not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** Unique constraints whose violation has a code of its own (a race past the service's own check). */
const UNIQUE_CONSTRAINTS: Record<string, ErrorCode> = {
  partners_credit_code_key: 'duplicate_credit_code',
  users_username_key: 'duplicate_username',
};

/** A 503 tells the client when to try again: the database connection is usually back within a second or two. */
const RETRY_AFTER_SECONDS = 2;
/** A 429 whose error does not say when its limit ends (`extra.retryAfterSeconds`) asks for a minute. */
const TOO_MANY_RETRY_AFTER_SECONDS = 60;

/** Maps every error to application/problem+json with a stable code, in the caller's language. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const lang = preferredLang(req.headers['accept-language']);
    const error = this.toDomainError(exception);
    const entry = ERROR_CATALOG[error.code];
    if (error.code === 'internal_error') {
      this.logger.error({ msg: 'unhandled error', path: req.originalUrl, err: describe(exception) });
    } else if (error.code === 'service_unavailable') {
      this.logger.warn({ msg: 'service unavailable', path: req.originalUrl, error: exception instanceof Error ? exception.message : String(exception) });
    }
    // `extra` first: the problem's own members (status above all: the HTTP status) are never overwritten by it
    const body: Record<string, unknown> = {
      ...error.options.extra,
      type: `urn:coop:error:${error.code}`,
      title: entry[lang],
      status: entry.status,
      code: error.code,
      detail: error.options.detail?.[lang] ?? entry[lang],
      ...(error.options.errors ? { errors: error.options.errors.map((e) => localizeFieldError(e, lang)) } : {}),
    };
    if (res.headersSent) return;
    if (entry.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (entry.status === 429) {
      const seconds = Number(error.options.extra?.retryAfterSeconds);
      res.setHeader('Retry-After', String(Number.isInteger(seconds) && seconds > 0 ? seconds : TOO_MANY_RETRY_AFTER_SECONDS));
    }
    res.status(entry.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    // a lost or refused database connection: the request did not complete, and may be sent again shortly
    if (!(exception instanceof HttpException) && isConnectionLoss(exception)) return new DomainError('service_unavailable');
    if (exception instanceof QueryFailedError) {
      const driver = (exception as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505') return new DomainError(UNIQUE_CONSTRAINTS[driver.constraint ?? ''] ?? 'duplicate');
      // foreign_key_violation; restrict_violation is what PGlite (embedded mode) reports for ON DELETE RESTRICT
      if (driver?.code === '23503' || driver?.code === '23001') return new DomainError('in_use');
      if (driver?.code === '23514') return new DomainError('unprocessable');
      // invalid text, date or number; value too long; NUL or bad encoding; a required value missing
      if (['22P02', '22007', '22008', '22003', '22001', '22021', '22P05', '23502'].includes(driver?.code ?? '')) return new DomainError('validation_failed');
      return new DomainError('internal_error');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const cause = (exception as HttpException & { cause?: unknown }).cause;
      if (status === 400 && (cause instanceof SyntaxError || /JSON/i.test(exception.message))) return new DomainError('malformed_json');
      const code = HTTP_STATUS_CODES[status];
      return new DomainError(code ?? (status >= 500 ? 'internal_error' : 'unprocessable'));
    }
    const anyErr = exception as { type?: string; status?: number; statusCode?: number };
    if (anyErr?.type === 'entity.parse.failed') return new DomainError('malformed_json');
    if (anyErr?.type === 'entity.too.large') return new DomainError('payload_too_large');
    if (anyErr?.status && HTTP_STATUS_CODES[anyErr.status]) return new DomainError(HTTP_STATUS_CODES[anyErr.status]);
    return new DomainError('internal_error');
  }
}

function localizeFieldError(e: FieldError, lang: 'zh' | 'en'): FieldError {
  const msg = FIELD_ERROR_MESSAGES[e.code];
  if (!msg) return e;
  const message = e.field ? (lang === 'zh' ? `${e.field}：${msg.zh}` : `${e.field} ${msg.en}`) : msg[lang];
  return { ...e, message };
}

function describe(e: unknown): unknown {
  return e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : e;
}
