import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { getMeeting, type MeetingView } from "@/lib/forum/queries";
import { osloDateString } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-locale";

/** A meeting document as a PDF download, in the reader's language, for whoever may read the meeting; others get 404. */
export async function meetingPdfResponse(
  idParam: string,
  kind: "saksliste" | "protokoll",
  make: (m: MeetingView, locale: Locale) => Promise<Buffer>,
) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  const id = z.string().min(1).max(64).safeParse(idParam);
  if (!id.success) return NextResponse.json({ error: "Fant ikke møtet" }, { status: 404 });
  try {
    const meeting = await getMeeting(actor, id.data);
    return new NextResponse(new Uint8Array(await make(meeting, await requestLocale())), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${kind}-${osloDateString(meeting.startsAt)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return NextResponse.json({ error: "Fant ikke møtet" }, { status: 404 });
    throw e;
  }
}
