import type { ValidationError } from 'class-validator';
import { DomainError, FieldError } from './domain-error';

const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'unknown_field',
  isDefined: 'required',
  isNotEmpty: 'required',
  isString: 'wrong_type',
  isInt: 'wrong_type',
  isNumber: 'wrong_type',
  isBoolean: 'wrong_type',
  isArray: 'wrong_type',
  isObject: 'wrong_type',
  nestedValidation: 'wrong_type',
  maxLength: 'too_long',
  arrayMaxSize: 'too_long',
  minLength: 'too_short',
  arrayMinSize: 'too_short',
  min: 'out_of_range',
  max: 'out_of_range',
  isIn: 'not_allowed_value',
  isEnum: 'not_allowed_value',
  matches: 'invalid_format',
  isEmail: 'invalid_format',
  isUuid: 'invalid_format',
  isUUID: 'invalid_format',
  isIso8601: 'invalid_format',
  isISO8601: 'invalid_format',
  isDateString: 'invalid_format',
  isCreditCode: 'invalid_credit_code',
};
const PRIORITY = ['unknown_field', 'required', 'wrong_type', 'invalid_format', 'not_allowed_value', 'too_long', 'too_short', 'out_of_range', 'invalid_credit_code'];

/** Flattens class-validator's tree into one FieldError per field, the most basic problem first. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const names = Object.keys(e.constraints);
      let codes = names.map((n) => CONSTRAINT_CODES[n] ?? 'invalid');
      if (e.value === undefined && !codes.includes('unknown_field')) codes = ['required'];
      codes.sort((a, b) => rank(a) - rank(b));
      const code = codes[0];
      const name = names[codes.indexOf(code)] ?? names[0];
      out.push({ field, code, detail: e.constraints[name] });
    }
    if (e.children?.length) out.push(...toFieldErrors(e.children, field));
  }
  return out;
}

function rank(code: string): number {
  const i = PRIORITY.indexOf(code);
  return i < 0 ? PRIORITY.length : i;
}

export function validationException(errors: ValidationError[]): DomainError {
  return new DomainError('validation_failed', { errors: toFieldErrors(errors) });
}
