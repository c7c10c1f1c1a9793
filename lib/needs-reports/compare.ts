import type { NeedsReportDraft } from "@/lib/needs-reports/schema";
import { toDraft, type ReportWithDraft } from "@/lib/needs-reports/mapping";

/** A stored version's content as a draft (older snapshots hold the full report instead). */
export function snapshotDraft(snapshot: unknown): NeedsReportDraft {
  const s = snapshot as { draft?: NeedsReportDraft } & ReportWithDraft;
  return s.draft ?? toDraft(s);
}

const LABELS: Record<string, string> = {
  schemes: "Ordninger",
  otherOwnerIds: "Andre eiere",
  uhInstitutionId: "Universitet/høgskole",
  uhUnitIds: "UH-enheter",
  contacts: "Kontaktpersoner",
  owner: "Eier",
  uh: "UH",
  name: "Navn",
  role: "Funksjon",
  phone: "Telefon",
  email: "E-post",
  accountNumber: "Kontonummer",
  orgNumber: "Organisasjonsnummer",
  paymentMarking: "Merking",
  multipleOwners: "Flere eiere",
  multipleUh: "Flere UH",
  multipleSchemes: "Flere ordninger",
  measures: "Tiltak",
  scheme: "Ordning",
  ownerAmount: "Eiers beløp",
  uhAmount: "UHs beløp",
  purposes: "Bruk av tilskuddet",
  anchoringText: "Forankring",
  collectiveText: "Kollektive prosesser",
  teacherEducationText: "Lærerutdanningen",
  longTermPlanText: "Langsiktig plan",
  longTermPlanPoints: "Punkter i langsiktig plan",
  ownerUsageText: "Eiers tilskudd, beskrivelse",
  uhUsageText: "UHs tilskudd, beskrivelse",
  ownerLines: "Eiers post",
  uhLines: "UHs post",
  title: "Tittel",
  description: "Beskrivelse",
  amount: "Beløp",
  coordinatorNeeded: "Koordinator",
  coordinatorText: "Koordinator, beskrivelse",
  coordinatorAmount: "Koordinator, beløp",
  coordinatorAcknowledged: "Koordinatorvarsel bekreftet",
  semesters: "Varighet",
  laterNeeds: "Senere behov",
  targetGroup: "Målgruppe",
  partners: "Partner",
  contactPerson: "Kontaktperson",
  kind: "Eier/UH",
  codetermination: "Medbestemmelse",
  discussed: "Drøftet",
  participants: "Deltaker",
  remark: "Merknad",
  units: "Enheter",
  kommunaleBarnehager: "Kommunale barnehager",
  privateBarnehager: "Private barnehager",
  offentligeSkoler: "Offentlige skoler",
  privateSkoler: "Private skoler",
  ppt: "PP-tjenester",
};

/** "measures.0.ownerLines.2.amount" → "Tiltak 1 › Eiers post 3 › Beløp" */
export function pathLabel(path: string): string {
  const parts = path.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const label = LABELS[p] ?? p;
    if (next !== undefined && /^\d+$/.test(next) && !["schemes", "otherOwnerIds", "uhUnitIds", "purposes", "semesters"].includes(p)) {
      out.push(`${label} ${Number(next) + 1}`);
      i++;
    } else if (/^\d+$/.test(p)) continue;
    else out.push(label);
  }
  return out.join(" › ");
}

/** The value at a path, as text for the comparison table. */
export function valueAt(draft: unknown, path: string): string {
  let node: unknown = draft;
  for (const k of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
  if (node === undefined || node === null || node === "") return "–";
  if (typeof node === "boolean") return node ? "Ja" : "Nei";
  if (typeof node === "number") return new Intl.NumberFormat("nb-NO").format(node);
  if (Array.isArray(node)) return node.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") || "–";
  return typeof node === "object" ? JSON.stringify(node) : String(node);
}

/** Leaf paths whose values differ between two drafts. */
export function changedPaths(a: unknown, b: unknown, prefix = ""): string[] {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
}
