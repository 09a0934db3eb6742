/**
 * What never reaches a log line: passwords, tokens, the Authorization and Cookie headers, and the secrets of the
 * configuration (the JWT secret, passwords inside connection URLs, a robot webhook's key). Pure functions: the root
 * logger applies them to every record (src/common/logging/root-logger.ts), and their unit spec sits beside them.
 */

export const REDACTED = '[Redacted]';

/**
 * Keys whose value is censored wherever they appear in a logged object: `password`, `newPassword`,
 * `currentPassword`, `token`, `accessToken`, `refreshToken`, `jwtSecret`, `JWT_SECRET`, `authorization`, `cookie`…
 */
const SECRET_KEY = /(?:password|passwd|secret|token)$|^(?:authorization|proxy-authorization|cookie|set-cookie)$/i;

/** Paths of the serialized request and response (pino-http's `req` and `res`) that hold credentials. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Query parameters that carry a credential: a robot webhook's `key` or `access_token`, a `token`, a `password`. */
const SECRET_PARAM = /([?&](?:[A-Za-z_-]*(?:password|passwd|secret|token)|key|sign|signature)=)[^&#\s"']*/gi;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s"']*:)[^@/?#\s"']+@/gi;
/** A bearer or basic credential in free text (an error message quoting a header). */
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
/** A JSON Web Token anywhere in free text. */
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g;

/** Censors credentials inside a string: URL passwords, secret query parameters, bearer tokens, JWTs. */
export function scrubText(text: string): string {
  if (!/[:=]|Bearer|Basic|eyJ/.test(text)) return text; // the common case: nothing that could hold one
  return text
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(SECRET_PARAM, `$1${REDACTED}`)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED);
}

const MAX_DEPTH = 8;

/**
 * A copy of `value` with secret keys censored at any depth and credentials scrubbed from strings. Values with
 * nothing to censor come back as they are (the same object), so a clean record costs one walk and no copies.
 * Errors, dates and buffers are left to their serializers.
 */
export function redactDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error || value instanceof Date || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = redactDeep(item, depth + 1);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return (copy ?? value) as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // class instances (a request, a socket) are not walked
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const next = isSecretKey(key) && item !== undefined && item !== null ? REDACTED : redactDeep(item, depth + 1);
    if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
  }
  return (copy ?? value) as T;
}
