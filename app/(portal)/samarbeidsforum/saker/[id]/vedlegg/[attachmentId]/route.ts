import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getAttachment } from "@/lib/forum/queries";
import { isAppError } from "@/lib/errors";
import { fileResponse } from "@/lib/file-response";

/** GET /samarbeidsforum/saker/<id>/vedlegg/<attachmentId> — a case document (PDF) for whoever may read the case. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const { id: caseId, attachmentId } = await params;
  const id = z.string().min(1).max(64).safeParse(attachmentId);
  const ofCase = z.string().min(1).max(64).safeParse(caseId);
  if (!id.success || !ofCase.success) return NextResponse.json({ error: "Fant ikke vedlegget" }, { status: 404 });
  try {
    // The attachment of this case only: another case's id in the address is "not found", as for any other wrong address.
    const a = await getAttachment(actor, id.data, ofCase.data);
    return fileResponse(a.data, a.filename, { sandbox: true });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke vedlegget" }, { status: 404 });
    throw e;
  }
}
