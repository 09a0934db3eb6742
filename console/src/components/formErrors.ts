import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts each field error of a problem+json answer next to the form field it names (`data.figures.funds` →
 * ['data','figures','funds'], with `prefix` stripped); returns the message for whatever no field shows.
 */
export function applyProblem(form: FormInstance, err: unknown, prefix: string[] = []): string | null {
  if (!(err instanceof ApiError)) return String(err instanceof Error ? err.message : err);
  const known = new Set(Object.keys(flatten(form.getFieldsValue(true))));
  const unplaced: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const e of err.errors) {
    let path = e.field.split('.');
    if (prefix.length && prefix.every((p, i) => path[i] === p)) path = path.slice(prefix.length);
    const message = besideField(e.message ?? e.detail ?? err.title, e.field);
    if (known.has(path.join('.')) || known.has(path[0])) fields.push({ name: path, errors: [message] });
    else unplaced.push(message);
  }
  if (fields.length) form.setFields(fields);
  if (!fields.length) return err.describe();
  return unplaced.length ? `${err.title}：${unplaced.join('；')}` : null;
}

function flatten(value: unknown, prefix = '', out: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !('$d' in (value as object))) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = prefix ? `${prefix}.${k}` : k;
      out[key] = true;
      flatten(v, key, out);
    }
  }
  return out;
}

/** Beside its field a message needs no field name: the API writes `creditCode：统一社会信用代码无效`. */
export function besideField(message: string, field: string): string {
  const cut = message.indexOf('：');
  if (cut <= 0) return message;
  const head = message.slice(0, cut);
  return head === field || field.endsWith(`.${head}`) || head.endsWith(`.${field.split('.').pop()}`) ? message.slice(cut + 1) : message;
}
