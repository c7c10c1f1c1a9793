import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getNeedsReport } from "@/lib/needs-reports/queries";
import { needsReportPdf } from "@/lib/needs-reports/pdf";
import { isAppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request-locale";

/** GET /behovsmeldinger/<id>/pdf — the report as PDF in the reader's language, for whoever may read it; others get 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "Fant ikke behovsmeldingen" }, { status: 404 });
  try {
    const report = await getNeedsReport(actor, id.data);
    const pdf = await needsReportPdf(report, { locale: await requestLocale() });
    const name = `behovsmelding-${report.round.year}-${report.network.name}`
      .toLowerCase()
      .replace(/[^a-z0-9æøå-]+/g, "-");
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke behovsmeldingen" }, { status: 404 });
    throw e;
  }
}
