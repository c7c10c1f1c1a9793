import { meetingPdfResponse } from "@/lib/forum/pdf-response";
import { agendaPdf } from "@/lib/forum/pdf";

/** GET /samarbeidsforum/moter/<id>/saksliste.pdf — the agenda with the case documents. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return meetingPdfResponse((await params).id, "saksliste", agendaPdf);
}
