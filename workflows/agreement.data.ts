import { DataFieldSpec, EVENT_DATA, EventType, SELF_CHECK_FIGURES } from './agreement.catalog';
import { isDate, isDateOrDateTime } from './time';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest text a self-check figure of type `text` may hold. */
export const FIGURE_TEXT_MAX = 5000;

/** One bad field of an event's data, with a field-level code of the API's error vocabulary. */
export interface DataProblem {
  field: string;
  code: 'unknown_field' | 'wrong_type' | 'invalid_format' | 'out_of_range' | 'too_long' | 'not_allowed_value';
  detail: string;
}

/**
 * Checks the types and formats of an event's `data` against the catalog. Absent (or null) fields are not
 * problems here: whether the step needs them is the guard's question.
 */
export function dataProblems(type: EventType, data: Record<string, unknown> | undefined): DataProblem[] {
  const spec = EVENT_DATA[type];
  const out: DataProblem[] = [];
  for (const [key, value] of Object.entries(data ?? {})) {
    const field = `data.${key}`;
    const s = spec[key];
    if (!s) out.push({ field, code: 'unknown_field', detail: `${type} takes ${Object.keys(spec).join(', ') || 'no data'}` });
    else if (value !== null && value !== undefined) out.push(...valueProblems(field, s, value));
  }
  return out;
}

function valueProblems(field: string, s: DataFieldSpec, v: unknown): DataProblem[] {
  const bad = (code: DataProblem['code'], detail: string): DataProblem[] => [{ field, code, detail }];
  switch (s.type) {
    case 'boolean':
      return typeof v === 'boolean' ? [] : bad('wrong_type', 'expected true or false');
    case 'text':
      if (typeof v !== 'string') return bad('wrong_type', 'expected text');
      return v.length > s.maxLength ? bad('too_long', `at most ${s.maxLength} characters`) : [];
    case 'date':
      if (typeof v !== 'string') return bad('wrong_type', 'expected a date YYYY-MM-DD');
      return isDate(v) ? [] : bad('invalid_format', 'expected a date YYYY-MM-DD');
    case 'dateOrDateTime':
      if (typeof v !== 'string') return bad('wrong_type', 'expected a date or date-time');
      return isDateOrDateTime(v) ? [] : bad('invalid_format', 'expected YYYY-MM-DD or an ISO 8601 date-time');
    case 'oneOf':
      if (typeof v !== 'string') return bad('wrong_type', `one of ${s.values.join(', ')}`);
      return s.values.includes(v) ? [] : bad('not_allowed_value', `one of ${s.values.join(', ')}`);
    case 'pattern':
      if (typeof v !== 'string') return bad('wrong_type', `expected text like ${s.example}`);
      return s.pattern.test(v) ? [] : bad('invalid_format', `expected like ${s.example}`);
    case 'figures':
      return figureProblems(field, v);
    case 'userIds':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return bad('wrong_type', 'expected a list of user ids');
      if (v.length === 0) return bad('out_of_range', 'at least one user');
      if (v.length > s.max) return bad('too_long', `at most ${s.max} users`);
      return v.every((x) => UUID.test(x)) ? [] : bad('invalid_format', 'expected user ids (UUID)');
    case 'statePath':
      if (typeof v !== 'string') return bad('wrong_type', 'expected a state path like agreement.drafting');
      return /^[a-zA-Z]+(\.[a-zA-Z]+)*$/.test(v) && v.length <= 60 ? [] : bad('invalid_format', 'expected a state path like agreement.drafting');
  }
}

function figureProblems(field: string, v: unknown): DataProblem[] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [{ field, code: 'wrong_type', detail: 'expected an object of figures' }];
  const out: DataProblem[] = [];
  for (const [key, value] of Object.entries(v)) {
    const f = `${field}.${key}`;
    const spec = (SELF_CHECK_FIGURES as Record<string, { type: string }>)[key];
    if (!spec) {
      out.push({ field: f, code: 'unknown_field', detail: `figures are ${Object.keys(SELF_CHECK_FIGURES).join(', ')}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (spec.type === 'text') {
      if (typeof value !== 'string') out.push({ field: f, code: 'wrong_type', detail: 'expected text' });
      else if (value.length > FIGURE_TEXT_MAX) out.push({ field: f, code: 'too_long', detail: `at most ${FIGURE_TEXT_MAX} characters` });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) out.push({ field: f, code: 'wrong_type', detail: 'expected a number' });
    else if (spec.type === 'count' && !Number.isInteger(value)) out.push({ field: f, code: 'wrong_type', detail: 'expected a whole number' });
    else if (value < 0) out.push({ field: f, code: 'out_of_range', detail: 'must not be negative' });
  }
  return out;
}
