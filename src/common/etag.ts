import { DomainError } from './errors/domain-error';

/**
 * A record's version as a strong ETag (`"3"`). Set only on records whose writes honour If-Match (agreements, partners,
 * monthly reports): an ETag is a promise that sending it back works. Nothing else under /api carries one.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Parses `If-Match: "3"` (or `3`, or `W/"3"`) into a version; undefined when absent; 412-style 409 when garbage. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m) throw new DomainError('validation_failed', { errors: [{ field: 'If-Match', code: 'invalid_format' }] });
  return Number(m[1]);
}
