/** The form's parts (docs/domain.md §4) and which fields belong to each, for the overview panel and the conflict list. Their names are in the catalogue (form.sections). */
export type SectionKey =
  "del-1" | "del-2" | "del-3" | "del-4" | "del-5" | "del-6" | "tiltak" | "del-14" | "del-15" | "del-16";

export const SECTIONS: SectionKey[] = [
  "del-1",
  "del-2",
  "del-3",
  "del-4",
  "del-5",
  "del-6",
  "tiltak",
  "del-14",
  "del-15",
  "del-16",
];

export function sectionOf(path: string): SectionKey {
  const head = path.split(".")[0] ?? "";
  if (head === "schemes") return "del-1";
  if (head === "otherOwnerIds") return "del-2";
  if (head === "uhInstitutionId" || head === "uhUnitIds") return "del-3";
  if (head === "contacts") return "del-4";
  if (head.startsWith("multiple")) return "del-5";
  if (head === "measures") return "tiltak";
  if (head === "partners") return "del-14";
  if (head === "codetermination") return "del-15";
  return "del-16";
}

export { changedPaths } from "@/lib/needs-reports/compare";
