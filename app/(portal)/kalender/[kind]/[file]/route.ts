import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { calendarFeed, feedAllowed, feedLocale, verifyFeedToken } from "@/lib/gatherings/calendar";
import { limitCaller } from "@/lib/rate-limit";

/**
 * GET /kalender/<nettverk|tiltak>/<id>.ics?person=…&token=… — an iCalendar
 * feed that calendar programs subscribe to. They send no session, so the feed
 * is authorised by the person's token in its link, and the person must still
 * see the network or measure. Anything else is "not found".
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  const parsed = z
    .object({ kind: z.enum(["nettverk", "tiltak"]), id: z.string().min(1).max(64) })
    .safeParse({ kind, id: file.replace(/\.ics$/, "") });
  const token = req.nextUrl.searchParams.get("token") ?? "";
  const person = req.nextUrl.searchParams.get("person") ?? "";
  const notFound = () => NextResponse.json({ error: "Fant ikke kalenderen" }, { status: 404 });
  const limited = await limitCaller("feed");
  if (!limited.ok)
    return NextResponse.json(
      { error: "For mange forespørsler" },
      { status: 429, headers: { "Retry-After": String(limited.retryAfter) } },
    );
  if (
    !parsed.success ||
    !file.endsWith(".ics") ||
    person.length > 64 ||
    !verifyFeedToken(parsed.data.kind, parsed.data.id, person, token)
  )
    return notFound();
  if (!(await feedAllowed(parsed.data.kind, parsed.data.id, person))) return notFound();
  const feed = await calendarFeed(parsed.data.kind, parsed.data.id, await feedLocale(person));
  if (!feed) return notFound();
  return new NextResponse(feed.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${file}"`,
      "Cache-Control": "private, max-age=300",
    },
  });
}
