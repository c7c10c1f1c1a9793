import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getLetter } from "@/lib/decision-letters/queries";
import { documentPdf } from "@/lib/document/pdf";
import { isAppError } from "@/lib/errors";
import { fileResponse } from "@/lib/file-response";

const ids = z.object({ id: z.string().min(1).max(64), letterId: z.string().min(1).max(64) });

/**
 * GET /behovsmeldinger/<id>/vedtak/<letterId>/pdf — a sent letter exactly as
 * it was sent; a draft (the Statsforvalter's preview) rendered now. `?sprak=en`
 * gives the English courtesy copy, rendered from the same decision.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; letterId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const p = ids.safeParse(await params);
  if (!p.success) return NextResponse.json({ error: "Fant ikke brevet" }, { status: 404 });
  const courtesy = new URL(req.url).searchParams.get("sprak") === "en";
  try {
    const letter = await getLetter(actor, p.data.id, p.data.letterId, { courtesy });
    const bytes = letter.sent && !courtesy && letter.pdf ? Buffer.from(letter.pdf) : await documentPdf(letter.model);
    const name = courtesy ? letter.filename.replace(/\.pdf$/, "-en.pdf") : letter.filename;
    return fileResponse(bytes, name);
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke brevet" }, { status: 404 });
    throw e;
  }
}
