import type { NeedsReportDraft } from "@/lib/needs-reports/schema";
import { toDraft, type ReportWithDraft } from "@/lib/needs-reports/mapping";

/** A stored version's content as a draft (older snapshots hold the full report instead). */
export function snapshotDraft(snapshot: unknown): NeedsReportDraft {
  const s = snapshot as { draft?: NeedsReportDraft } & ReportWithDraft;
  return s.draft ?? toDraft(s);
}

/**
 * "measures.0.ownerLines.2.amount" → "Tiltak 1 › Eiers post 3 › Beløp", with
 * each field's name from `label` (the catalogue's form.paths, in the reader's language).
 */
export function pathLabel(path: string, label: (key: string) => string): string {
  const parts = path.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const name = label(p);
    // A pair with a name of its own: contacts.owner → "Kontaktperson for eier".
    const pair = next === undefined ? undefined : `${p}_${next}`;
    if (pair && label(pair) !== pair) {
      out.push(label(pair));
      i++;
    } else if (
      next !== undefined &&
      /^\d+$/.test(next) &&
      !["schemes", "otherOwnerIds", "uhUnitIds", "purposes", "semesters"].includes(p)
    ) {
      out.push(`${name} ${Number(next) + 1}`);
      i++;
    } else if (/^\d+$/.test(p)) continue;
    else out.push(name);
  }
  return out.join(" › ");
}

/** The value at a path, as text for the comparison table (yes/no in the reader's language; numbers grouped as the kroner are). */
export function valueAt(draft: unknown, path: string, words: { yes: string; no: string }): string {
  let node: unknown = draft;
  for (const k of path.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
  if (node === undefined || node === null || node === "") return "–";
  if (typeof node === "boolean") return node ? words.yes : words.no;
  if (typeof node === "number") return new Intl.NumberFormat("nb-NO").format(node);
  if (Array.isArray(node))
    return node.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") || "–";
  return typeof node === "object" ? JSON.stringify(node) : String(node);
}

/** Leaf paths whose values differ between two drafts. */
export function changedPaths(a: unknown, b: unknown, prefix = ""): string[] {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k),
  );
}
