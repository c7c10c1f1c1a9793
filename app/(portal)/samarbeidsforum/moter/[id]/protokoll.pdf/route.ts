import { meetingPdfResponse } from "@/lib/forum/pdf-response";
import { minutesPdf } from "@/lib/forum/pdf";

/** GET /samarbeidsforum/moter/<id>/protokoll.pdf — the minutes. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return meetingPdfResponse((await params).id, "protokoll", minutesPdf);
}
