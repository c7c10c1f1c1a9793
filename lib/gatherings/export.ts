import "server-only";
import ExcelJS from "exceljs";
import type { GatheringView } from "@/lib/gatherings/queries";
import { formatDate } from "@/lib/dates";

const ATTENDANCE = { PRESENT: "Til stede", ABSENT: "Fravær", UNKNOWN: "Ikke registrert" } as const;

/**
 * The participant list of a gathering as the actor may see it: e-mail only
 * for those who run the gathering. Every value is a text cell, so a name that
 * starts with "=" stays a name.
 */
export async function participantsToXlsx(g: GatheringView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet("Deltakere");
  ws.addRow([`${g.number ? `Samling ${g.number}: ` : ""}${g.title} – ${formatDate(g.startsAt)}`]).font = { bold: true, size: 13 };
  ws.addRow([g.measure.name]);
  const columns = ["Navn", ...(g.can.seeContacts ? ["E-post"] : []), "Skole/enhet", "Rolle", "Eier", "Spor", "Status", "Oppmøte", "Uten påmelding"];
  ws.addRow(columns).font = { bold: true };
  for (const r of g.registrations) {
    ws.addRow([
      r.name,
      ...(g.can.seeContacts ? [r.email ?? ""] : []),
      r.unitName ?? "",
      r.role ?? "",
      r.organisation?.name ?? "",
      r.track?.name ?? "",
      r.status === "CANCELLED" ? "Avmeldt" : "Påmeldt",
      ATTENDANCE[r.attendance],
      r.walkIn ? "Ja" : "Nei",
    ]);
  }
  ws.columns.forEach((c) => {
    c.width = 24;
    c.numFmt = "@";
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
