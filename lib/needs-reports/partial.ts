import type { NeedsReportDraft } from "@/lib/needs-reports/schema";

const NULLABLE_NUMBER = /(^units\.|laterNeeds\.\d+\.(ownerAmount|uhAmount)$|coordinatorAmount$)/;

/**
 * The draft with the fields the server refused emptied, so that everything
 * else is saved in the portal while the user fixes those fields (their typed
 * values stay in the form and in this browser's copy).
 */
export function withoutInvalid(values: NeedsReportDraft, paths: string[]): NeedsReportDraft {
  const copy = structuredClone(values) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split(".");
    const last = keys.pop();
    let node: unknown = copy;
    for (const k of keys) node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
    if (!last || !node || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const current = obj[last];
    obj[last] =
      typeof current === "string"
        ? ""
        : Array.isArray(current)
          ? []
          : typeof current === "number" || current === null
            ? NULLABLE_NUMBER.test(path)
              ? null
              : 0
            : current;
  }
  return copy as unknown as NeedsReportDraft;
}
