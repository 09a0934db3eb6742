/**
 * 统一社会信用代码 (Unified Social Credit Identifier), GB 32100-2015.
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z):
 * registration authority (1), entity type (1), administrative division (6 digits),
 * entity identifier (9), check character (1) computed over the first 17 with fixed weights mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'length' | 'characters' | 'check_character';

/** Normalises user input: trims, upper-cases. The stored form is always this. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns null when the code is valid, or what is wrong with it. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check_character';
}

export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code) === null;
}
