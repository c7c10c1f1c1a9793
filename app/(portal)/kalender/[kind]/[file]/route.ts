import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { calendarFeed, verifyFeedToken } from "@/lib/gatherings/calendar";

/**
 * GET /kalender/<nettverk|tiltak>/<id>.ics?token=… — an iCalendar feed that
 * calendar programs subscribe to. They send no session, so the feed is
 * authorised by the secret token in its link (shown only to people who may
 * read the network or measure). A wrong token is "not found".
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  const parsed = z.object({ kind: z.enum(["nettverk", "tiltak"]), id: z.string().min(1).max(64) }).safeParse({ kind, id: file.replace(/\.ics$/, "") });
  const token = req.nextUrl.searchParams.get("token") ?? "";
  if (!parsed.success || !file.endsWith(".ics") || !verifyFeedToken(parsed.data.kind, parsed.data.id, token)) {
    return NextResponse.json({ error: "Fant ikke kalenderen" }, { status: 404 });
  }
  const feed = await calendarFeed(parsed.data.kind, parsed.data.id);
  if (!feed) return NextResponse.json({ error: "Fant ikke kalenderen" }, { status: 404 });
  return new NextResponse(feed.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${file}"`,
      "Cache-Control": "private, max-age=300",
    },
  });
}
