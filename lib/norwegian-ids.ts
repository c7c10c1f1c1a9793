/** Organisation numbers (9 digits) and bank accounts (11 digits), both MOD11. */

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Removes spaces, dots and non-breaking spaces people type as separators. */
export function normaliseDigits(input: string): string {
  return input.replace(/[\s.\u00a0\u202f-]/g, "");
}

/** What is wrong with a MOD11 number: not the right count of digits, or the right count with a wrong check digit (a typing slip). */
export type Mod11Problem = "length" | "checkDigit";

function mod11Problem(input: string, weights: readonly number[]): Mod11Problem | null {
  const digits = normaliseDigits(input);
  if (digits.length !== weights.length + 1 || !/^\d+$/.test(digits)) return "length";
  return mod11(digits, weights) ? null : "checkDigit";
}

export const orgNumberProblem = (input: string) => mod11Problem(input, ORG_WEIGHTS);
export const accountNumberProblem = (input: string) => mod11Problem(input, ACCOUNT_WEIGHTS);

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

/**
 * A Norwegian phone number in the forms people write it — 8 digits, with
 * +47, 0047 or 47 in front, spaces, dots, dashes or brackets or none — as the
 * one form the portal stores and shows: "48 13 36 53". Null when it is not one.
 */
export function normalisePhone(input: string): string | null {
  let d = input.replace(/[\s.\-()\u00a0\u202f]/g, "");
  if (d.startsWith("+47")) d = d.slice(3);
  else if (d.startsWith("0047") && d.length === 12) d = d.slice(4);
  else if (d.startsWith("47") && d.length === 10) d = d.slice(2);
  return /^\d{8}$/.test(d) ? d.replace(/(\d{2})(?=\d)/g, "$1 ") : null;
}
