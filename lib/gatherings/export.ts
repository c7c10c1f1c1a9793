import "server-only";
import ExcelJS from "exceljs";
import type { GatheringView } from "@/lib/gatherings/queries";
import { datesFor } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { gatheringTitle } from "@/lib/gatherings/calendar";

/**
 * The participant list of a gathering as the actor may see it: e-mail only
 * for those who run the gathering. Every value is a text cell, so a name that
 * starts with "=" stays a name.
 */
export async function participantsToXlsx(g: GatheringView, locale: Locale = "nb"): Promise<Buffer> {
  const t = await translatorFor(locale);
  const p = (key: string) => t(`exports.participants.${key}` as "exports.participants.unit");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kompetanseportalen";
  const ws = wb.addWorksheet(p("sheet"));
  ws.addRow([`${gatheringTitle(t, g)} – ${datesFor(locale).formatDate(g.startsAt)}`]).font = { bold: true, size: 13 };
  ws.addRow([g.measure.name]);
  const columns = [
    t("common.name"),
    ...(g.can.seeContacts ? [t("common.email")] : []),
    p("unit"),
    t("common.role"),
    p("owner"),
    p("track"),
    t("common.status"),
    p("attendance"),
    p("walkIn"),
  ];
  ws.addRow(columns).font = { bold: true };
  for (const r of g.registrations) {
    ws.addRow([
      r.name,
      ...(g.can.seeContacts ? [r.email ?? ""] : []),
      r.unitName ?? "",
      r.role ?? "",
      r.organisation?.name ?? "",
      r.track?.name ?? "",
      r.status === "CANCELLED" ? p("cancelled") : p("registered"),
      p(r.attendance),
      r.walkIn ? t("common.yes") : t("common.no"),
    ]);
  }
  ws.columns.forEach((c) => {
    c.width = 24;
    c.numFmt = "@";
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
