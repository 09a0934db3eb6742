import { hasAtMostDecimals } from '../exact-arithmetic';
import type { InputSpec, TemplateNode } from '../template.types';
import type { InputValues } from './scoring.types';

/** Why a figure is refused (the API answers 400 with these). */
export interface InputProblem {
  field: string;
  code: 'unknown_field' | 'wrong_type' | 'out_of_range' | 'part_exceeds_whole' | 'not_allowed_value';
  detail: string;
}

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/**
 * Problems with figures entered for one indicator. `null` clears a figure and is never a problem. A ratio part is
 * compared with its whole from the same entry or, failing that, from `known` (stored or computed figures, e.g. the
 * college's number of majors from the records).
 */
export function inputProblems(node: TemplateNode, inputs: InputValues, known: InputValues = {}): InputProblem[] {
  const specs = new Map((node.inputs ?? []).map((spec) => [spec.name, spec]));
  const problems: InputProblem[] = [];
  for (const [field, value] of Object.entries(inputs)) {
    const spec = specs.get(field);
    if (!spec) {
      problems.push({ field, code: 'unknown_field', detail: `${node.code} has no input "${field}"` });
      continue;
    }
    if (value === null) continue;
    const problem = valueProblem(spec, value, { ...known, ...inputs });
    if (problem) problems.push({ field, ...problem });
  }
  return problems;
}

function valueProblem(spec: InputSpec, value: unknown, all: InputValues): Omit<InputProblem, 'field'> | null {
  const range = (detail: string) => ({ code: 'out_of_range' as const, detail });
  switch (spec.type) {
    case 'integer':
      if (!isInteger(value)) return { code: 'wrong_type', detail: 'must be a whole number' };
      if (value < (spec.min ?? 0)) return range(`must be at least ${spec.min ?? 0}`);
      if (spec.max !== undefined && value > spec.max) return range(`must be at most ${spec.max}`);
      return null;
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong_type', detail: 'must be a number' };
      if (!hasAtMostDecimals(value, 4)) return { code: 'wrong_type', detail: 'at most four decimals' };
      if (value < (spec.min ?? 0)) return range(`must be at least ${spec.min ?? 0}`);
      if (spec.max !== undefined && value > spec.max) return range(`must be at most ${spec.max}`);
      return null;
    case 'ratioPart': {
      if (!isInteger(value)) return { code: 'wrong_type', detail: 'must be a whole number' };
      if (value < 0) return range('must be at least 0');
      const whole = all[spec.partOf];
      if (isInteger(whole) && value > whole) return { code: 'part_exceeds_whole', detail: `${value} exceeds ${spec.partOf} (${whole})` };
      return null;
    }
    case 'integerList':
      if (!Array.isArray(value) || !value.every(isInteger)) return { code: 'wrong_type', detail: 'must be a list of whole numbers' };
      if (value.some((n) => n < (spec.min ?? 0))) return range(`every entry must be at least ${spec.min ?? 0}`);
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'wrong_type', detail: 'must be true or false' };
    case 'option':
      if (typeof value !== 'string') return { code: 'wrong_type', detail: 'must be one of the option values' };
      if (!spec.options.some((o) => o.value === value)) {
        return { code: 'not_allowed_value', detail: `must be one of ${spec.options.map((o) => o.value).join(', ')}` };
      }
      return null;
    case 'text':
      if (typeof value !== 'string') return { code: 'wrong_type', detail: 'must be text' };
      if (spec.maxLength !== undefined && [...value].length > spec.maxLength) return range(`at most ${spec.maxLength} characters`);
      return null;
  }
}
