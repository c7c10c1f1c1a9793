/**
 * A posted form as a plain object for zod: dotted names become nested
 * objects, numeric segments become arrays ("lines.0.amount" →
 * { lines: [{ amount }] }), and a name posted more than once becomes an array.
 * File fields are kept as File objects. Pure; used by every form action.
 *
 * Posted names are untrusted: names that would reach an object's prototype
 * are dropped, and array indexes are bounded, so a crafted form can neither
 * pollute prototypes nor make the server build huge sparse arrays.
 */
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);
export const MAX_INDEX = 999;

export function formToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue; // React's own fields
    const path = name.split(".");
    if (path.length > 6 || path.some((s) => s === "" || FORBIDDEN.has(s) || (/^\d+$/.test(s) && Number(s) > MAX_INDEX)))
      continue;
    seen.set(name, (seen.get(name) ?? 0) + 1);
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      const own = Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
      if (last) {
        container[key] = seen.get(name)! > 1 ? [...(Array.isArray(own) ? own : [own]), value] : value;
        return;
      }
      if (own === undefined || typeof own !== "object" || own instanceof File) {
        container[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
      }
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

/** Sparse arrays (a removed row in the middle) become dense, in index order; text loses NUL characters. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object" && !(value instanceof File)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return typeof value === "string" ? withoutNul(value) : value;
}

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a value with one
 * would make the write fail with a database error instead of a clear answer.
 * It is never meaningful in a form, so it is removed from posted text.
 */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replace(/\u0000/g, "") : text;
}

/** The same for a JSON value posted as a whole (the needs-report draft): every string without NUL, prototype keys dropped. */
export function cleanJson(value: unknown, depth = 0): unknown {
  if (depth > 20) return null;
  if (typeof value === "string") return withoutNul(value);
  if (Array.isArray(value)) return value.map((v) => cleanJson(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !FORBIDDEN.has(k))
        .map(([k, v]) => [withoutNul(k), cleanJson(v, depth + 1)]),
    );
  }
  return value;
}
