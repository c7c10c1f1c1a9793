import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { reportArchivePackage } from "@/lib/decision-letters/archive";
import { isAppError } from "@/lib/errors";
import { fileResponse } from "@/lib/file-response";

/** GET /behovsmeldinger/<id>/vedtak/arkivpakke — the case as a Noark 5 archive package (zip), for the Statsforvalter of the report's county. */
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
    const { zip, filename } = await reportArchivePackage(actor, id.data);
    return fileResponse(zip, filename, { type: "application/zip" });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke behovsmeldingen" }, { status: 404 });
    throw e;
  }
}
