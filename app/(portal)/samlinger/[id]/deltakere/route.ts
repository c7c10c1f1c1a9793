import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getGathering } from "@/lib/gatherings/queries";
import { participantsToXlsx } from "@/lib/gatherings/export";
import { requestLocale } from "@/lib/i18n/request-locale";
import { osloDateString } from "@/lib/dates";
import { isAppError } from "@/lib/errors";

/** GET /samlinger/<id>/deltakere — the participant list as XLSX, as the actor may see it (contacts only for those who run the gathering); others 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "Fant ikke samlingen" }, { status: 404 });
  try {
    const g = await getGathering(actor, id.data);
    return new NextResponse(new Uint8Array(await participantsToXlsx(g, await requestLocale())), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="deltakere-${osloDateString(g.startsAt)}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke samlingen" }, { status: 404 });
    throw e;
  }
}
