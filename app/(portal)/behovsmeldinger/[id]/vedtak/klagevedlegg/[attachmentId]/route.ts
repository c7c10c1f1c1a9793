import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getAppealAttachment } from "@/lib/decision-letters/queries";
import { isAppError } from "@/lib/errors";
import { fileResponse } from "@/lib/file-response";

const ids = z.object({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) });

/** GET /behovsmeldinger/<id>/vedtak/klagevedlegg/<attachmentId> — a document sent with an appeal, for whoever sees the report. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const p = ids.safeParse(await params);
  if (!p.success) return NextResponse.json({ error: "Fant ikke vedlegget" }, { status: 404 });
  try {
    const a = await getAppealAttachment(actor, p.data.id, p.data.attachmentId);
    return fileResponse(a.data, a.filename, { sandbox: true });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke vedlegget" }, { status: 404 });
    throw e;
  }
}
