/**
 * A posted form as a plain object for zod: dotted names become nested
 * objects, numeric segments become arrays ("lines.0.amount" →
 * { lines: [{ amount }] }), and a name posted more than once becomes an array.
 * File fields are kept as File objects. Pure; used by every form action.
 */
export function formToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue; // React's own fields
    seen.set(name, (seen.get(name) ?? 0) + 1);
    const path = name.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      if (last) {
        const prev = container[key];
        container[key] = seen.get(name)! > 1 ? [...(Array.isArray(prev) ? prev : [prev]), value] : value;
        return;
      }
      if (container[key] === undefined || typeof container[key] !== "object" || container[key] instanceof File) {
        container[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
      }
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

/** Sparse arrays (a removed row in the middle) become dense, in index order. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object" && !(value instanceof File)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return value;
}
