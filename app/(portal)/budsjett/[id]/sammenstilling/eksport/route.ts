import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getBudgetOverview } from "@/lib/budget/overview";
import { overviewToXlsx } from "@/lib/budget/export";
import { requestLocale } from "@/lib/i18n/request-locale";
import { isAppError } from "@/lib/errors";

/** GET /budsjett/<id>/sammenstilling/eksport — the overview as XLSX, for whoever may read the budget; others get 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "Fant ikke budsjettet" }, { status: 404 });
  try {
    const overview = await getBudgetOverview(actor, id.data);
    const name = `sammenstilling-${overview.budget.year}-${overview.budget.county.name}`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z0-9-]+/g, "-");
    return new NextResponse(new Uint8Array(await overviewToXlsx(overview, await requestLocale())), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke budsjettet" }, { status: 404 });
    throw e;
  }
}
