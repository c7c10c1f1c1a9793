import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { listNeedsReports } from "@/lib/needs-reports/queries";
import { listFilterSchema } from "@/lib/needs-reports/list-filters";
import { reportsToCsv, reportsToXlsx } from "@/lib/needs-reports/export";
import { canListNeedsReports } from "@/lib/needs-reports/policy";
import { requestLocale } from "@/lib/i18n/request-locale";

/** GET /behovsmeldinger/eksport?format=xlsx|csv&<filters> — the list as the actor sees it, with the same filters. */
export async function GET(req: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  if (!canListNeedsReports(actor)) return NextResponse.json({ error: "Fant ikke siden" }, { status: 404 });
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const format = z.enum(["xlsx", "csv"]).catch("xlsx").parse(params.format);
  const [rows, locale] = await Promise.all([listNeedsReports(actor, listFilterSchema.parse(params)), requestLocale()]);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new NextResponse(await reportsToCsv(rows, locale), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="behovsmeldinger-${stamp}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  return new NextResponse(new Uint8Array(await reportsToXlsx(rows, locale)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="behovsmeldinger-${stamp}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
