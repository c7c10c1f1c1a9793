import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { isAppError } from "@/lib/errors";
import { canSeeCountySummary } from "@/lib/overview/policy";
import { countySummary } from "@/lib/overview/summary";
import { summaryPdf } from "@/lib/overview/summary-pdf";
import { requestLocale } from "@/lib/i18n/request-locale";

const query = z.object({
  ar: z.coerce.number().int().min(2000).max(2100),
  fylke: z.string().min(1).max(64).optional(),
});

/** GET /oversikt/sammendrag/pdf?ar=2024[&fylke=<id>] — the county summary for the directorate as PDF, in the reader's language. */
export async function GET(req: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  if (!canSeeCountySummary(actor)) return NextResponse.json({ error: "Fant ikke siden" }, { status: 404 });
  const q = query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success) return NextResponse.json({ error: "Ugyldig år" }, { status: 400 });
  try {
    const s = await countySummary(actor, { year: q.data.ar, countyId: q.data.fylke });
    const slug = s.county.name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return new NextResponse(new Uint8Array(await summaryPdf(s, new Date(), await requestLocale())), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="oppsummering-${q.data.ar}-${slug}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke siden" }, { status: 404 });
    throw e;
  }
}
