import { hasAtMostDecimals } from './exact-arithmetic';
import { isRecord } from './scoring/rule-checker';
import type { InputType } from './template.types';

export const INPUT_TYPES: readonly InputType[] = ['integer', 'decimal', 'ratioPart', 'integerList', 'boolean', 'option', 'text'];

/** `manual` or `computed:<kebab-name>`. */
export const isSource = (v: unknown): boolean => v === 'manual' || (typeof v === 'string' && /^computed:[a-z0-9]+(-[a-z0-9]+)*$/.test(v));

type Add = (path: string, code: string, message: string) => void;

/**
 * Checks a node's `inputs` (unknown JSON) and returns the names it declares with their types, for the rule checks.
 * Every problem is added: bad shapes, unknown input types, a name used twice, a `partOf` that names no integer input.
 */
export function checkInputs(raw: unknown, path: string, add: Add): Map<string, InputType> {
  const declared = new Map<string, InputType>();
  if (raw === undefined) return declared;
  if (!Array.isArray(raw)) return add(path, 'wrong_type', 'inputs must be a list'), declared;
  const parts: Array<{ partOf: unknown; path: string }> = [];
  raw.forEach((spec: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(spec)) return add(at, 'wrong_type', 'an input must be an object');
    const name = spec.name;
    if (name === undefined) add(`${at}.name`, 'missing_field', 'required');
    else if (typeof name !== 'string' || name === '') add(`${at}.name`, 'wrong_type', 'must be a non-empty string');
    if (spec.label === undefined) add(`${at}.label`, 'missing_field', 'required');
    else if (typeof spec.label !== 'string') add(`${at}.label`, 'wrong_type', 'must be a string');
    if (spec.source !== undefined && !isSource(spec.source)) add(`${at}.source`, 'invalid_value', 'must be manual or computed:<name>');
    const type = spec.type;
    if (type === undefined) return add(`${at}.type`, 'missing_field', 'required');
    if (typeof type !== 'string' || !INPUT_TYPES.includes(type as InputType)) {
      return add(`${at}.type`, 'unknown_input_type', `unknown input type ${JSON.stringify(type)}; known: ${INPUT_TYPES.join(', ')}`);
    }
    if (typeof name === 'string' && name !== '') {
      if (declared.has(name)) add(`${at}.name`, 'duplicate_input', `input "${name}" is declared twice`);
      else declared.set(name, type as InputType);
    }
    checkTypeFields(spec, type as InputType, at, add);
    if (type === 'ratioPart') parts.push({ partOf: spec.partOf, path: `${at}.partOf` });
  });
  for (const part of parts) {
    if (part.partOf === undefined) add(part.path, 'missing_field', 'a ratio part names its whole');
    else if (typeof part.partOf !== 'string') add(part.path, 'wrong_type', 'must be an input name');
    else if (declared.get(part.partOf) !== 'integer') {
      add(part.path, 'unknown_part_of', `partOf "${part.partOf}" is not an integer input declared on the node`);
    }
  }
  return declared;
}

function checkTypeFields(spec: Record<string, unknown>, type: InputType, at: string, add: Add): void {
  const bound = (field: string, integer: boolean) => {
    const v = spec[field];
    if (v === undefined) return;
    if (typeof v !== 'number' || !(integer ? Number.isSafeInteger(v) : hasAtMostDecimals(v, 4))) {
      add(`${at}.${field}`, 'wrong_type', integer ? 'must be a whole number' : 'must be a number');
    }
  };
  const text = (field: string) => {
    if (spec[field] !== undefined && typeof spec[field] !== 'string') add(`${at}.${field}`, 'wrong_type', 'must be a string');
  };
  switch (type) {
    case 'integer':
    case 'decimal':
      bound('min', type === 'integer');
      bound('max', type === 'integer');
      if (typeof spec.min === 'number' && typeof spec.max === 'number' && spec.min > spec.max) add(`${at}.max`, 'invalid_value', 'max is below min');
      return text('unit');
    case 'integerList':
      bound('min', true);
      return text('unit');
    case 'ratioPart':
      return text('unit');
    case 'text':
      if (spec.maxLength !== undefined && (!Number.isSafeInteger(spec.maxLength) || (spec.maxLength as number) <= 0)) {
        add(`${at}.maxLength`, 'wrong_type', 'must be a positive whole number');
      }
      return;
    case 'option': {
      const options = spec.options;
      if (options === undefined) return add(`${at}.options`, 'missing_field', 'required');
      if (!Array.isArray(options) || options.length === 0) return add(`${at}.options`, 'wrong_type', 'must be a non-empty list of {value, label}');
      const seen = new Set<string>();
      options.forEach((o: unknown, j) => {
        if (!isRecord(o) || typeof o.value !== 'string' || typeof o.label !== 'string') {
          return add(`${at}.options[${j}]`, 'wrong_type', 'must be {value, label} strings');
        }
        if (seen.has(o.value)) add(`${at}.options[${j}].value`, 'invalid_value', `option "${o.value}" appears twice`);
        seen.add(o.value);
      });
      return;
    }
    case 'boolean':
      return;
  }
}
