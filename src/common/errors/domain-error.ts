import { ERROR_CATALOG, ErrorCode } from './error-catalog';

export interface FieldError {
  field?: string;
  code: string;
  detail?: string;
  [extra: string]: unknown;
}

/**
 * Features throw this with a stable code; the problem filter maps it to HTTP in one place.
 * `detail` overrides the catalog's message; `extra` is merged into the problem body (e.g. current state on a 409).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { detail?: { zh: string; en: string }; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(options.detail?.en ?? ERROR_CATALOG[code].en);
  }

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: { zh: string; en: string }) {
    super('not_found', { detail: { zh: `${what.zh}不存在`, en: `${what.en} not found` } });
  }
}

/** Narrows `value` to non-null or throws a 404 naming what was looked for. */
export function assertFound<T>(value: T | null | undefined, what: { zh: string; en: string }): asserts value is T {
  if (value === null || value === undefined) throw new NotFoundError(what);
}

export function found<T>(value: T | null | undefined, what: { zh: string; en: string }): T {
  assertFound(value, what);
  return value;
}
