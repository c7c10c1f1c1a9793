/** Organisation numbers (9 digits) and bank accounts (11 digits), both MOD11. */

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Removes spaces, dots and non-breaking spaces people type as separators. */
export function normaliseDigits(input: string): string {
  return input.replace(/[\s.\u00a0\u202f-]/g, "");
}

function mod11(digits: string, weights: readonly number[]): boolean {
  if (digits.length !== weights.length + 1 || !/^\d+$/.test(digits)) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const rest = sum % 11;
  const control = rest === 0 ? 0 : 11 - rest;
  if (control === 10) return false;
  return control === Number(digits[digits.length - 1]);
}

export function isValidOrgNumber(input: string): boolean {
  return mod11(normaliseDigits(input), ORG_WEIGHTS);
}

export function isValidAccountNumber(input: string): boolean {
  return mod11(normaliseDigits(input), ACCOUNT_WEIGHTS);
}

/** "938644500" → "938 644 500" */
export function formatOrgNumber(value: string): string {
  const d = normaliseDigits(value);
  return d.length === 9 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : value;
}

/** "47601890999" → "4760.18.90999" */
export function formatAccountNumber(value: string): string {
  const d = normaliseDigits(value);
  return d.length === 11 ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : value;
}
