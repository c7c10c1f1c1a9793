import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import ical from "ical-generator";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { datesFor } from "@/lib/dates";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { loadActor } from "@/lib/auth/load-actor";
import { measureScope } from "@/lib/measures/policy";
import { listFeeds } from "@/lib/gatherings/queries";
import { publicUrl } from "@/lib/public-url";

export type FeedKind = "nettverk" | "tiltak";

/**
 * Calendar programs subscribe without a session, so a feed link is personal:
 * it names the person and carries an HMAC of (feed, person) under the
 * portal's AUTH_SECRET. On every fetch the person must still be active and
 * still see the network or measure, so a link stops working when its owner
 * loses the role; changing AUTH_SECRET revokes every link. Without a secret
 * there are no feeds.
 */
export function feedToken(kind: FeedKind, id: string, personId: string): string | null {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  return createHmac("sha256", secret).update(`calendar:${kind}:${id}:${personId}`).digest("base64url").slice(0, 32);
}

/** The path of a person's feed, or null when feeds are off (no AUTH_SECRET). */
export function feedPath(kind: FeedKind, id: string, personId: string): string | null {
  const token = feedToken(kind, id, personId);
  return token ? `/kalender/${kind}/${id}.ics?person=${encodeURIComponent(personId)}&token=${token}` : null;
}

export function verifyFeedToken(kind: FeedKind, id: string, personId: string, token: string): boolean {
  const expectedToken = feedToken(kind, id, personId);
  if (!expectedToken) return false;
  const expected = Buffer.from(expectedToken);
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Does the person (as they are now) still see this feed? */
export async function feedAllowed(kind: FeedKind, id: string, personId: string): Promise<boolean> {
  const actor = await loadActor(personId);
  if (!actor) return false;
  if (kind === "tiltak") return (await db.measure.count({ where: { AND: [{ id }, measureScope(actor)] } })) > 0;
  return (await listFeeds(actor)).networks.some((n) => n.id === id);
}

const baseUrl = () => publicUrl();

/** "Samling 2: Oppstart" (the number, when the gathering has one, and the title), in the translator's language. */
export function gatheringTitle(
  t: Awaited<ReturnType<typeof translatorFor>>,
  g: { number: number | null; title: string },
): string {
  return g.number ? `${t("common.gatheringNumber", { n: g.number })}: ${g.title}` : g.title;
}

/** The language a feed is written in: its person's chosen language, else bokmål (a calendar program sends no Accept-Language of the person's). */
export async function feedLocale(personId: string): Promise<Locale> {
  return (
    (await db.person.findUnique({ where: { id: personId }, select: { language: true } }))?.language ?? defaultLocale
  );
}

/** The feed as iCalendar (RFC 5545): the gatherings of a network or a measure, times in UTC, cancelled ones marked cancelled. */
export async function calendarFeed(
  kind: FeedKind,
  id: string,
  locale: Locale = defaultLocale,
): Promise<{ name: string; ics: string } | null> {
  const owner =
    kind === "nettverk"
      ? await db.network.findUnique({ where: { id }, select: { name: true } })
      : await db.measure.findUnique({ where: { id }, select: { name: true } });
  if (!owner) return null;
  const gatherings = await db.gathering.findMany({
    where: kind === "nettverk" ? { networks: { some: { networkId: id } } } : { measureId: id },
    orderBy: { startsAt: "asc" },
    include: {
      measure: { select: { name: true } },
      semester: true,
      tracks: { orderBy: { position: "asc" } },
      networks: { select: { network: { select: { name: true } } } },
    },
  });
  const t = await translatorFor(locale);
  const { formatSemester } = datesFor(locale);
  const name = t("exports.calendar.name", { name: owner.name });
  const cal = ical({
    name,
    prodId: { company: "Kompetanseportalen", product: "samlinger", language: locale.toUpperCase() },
    ttl: 3600,
  });
  for (const g of gatherings) {
    const description = [
      g.measure.name,
      g.semester
        ? t("exports.calendar.semester", { label: formatSemester(g.semester), number: String(g.semester.number) })
        : null,
      g.theme,
      ...g.tracks.map((t) => `${t.name}${t.theme ? `: ${t.theme}` : ""}`),
      g.format === "DIGITAL"
        ? g.meetingUrl
          ? t("exports.calendar.digitalAt", { url: g.meetingUrl })
          : t("exports.calendar.digital")
        : null,
      t("exports.calendar.networks", { names: g.networks.map((n) => n.network.name).join(", ") }),
    ].filter(Boolean);
    cal.createEvent({
      id: `${g.id}@kompetanseportalen`,
      start: g.startsAt,
      end: g.endsAt,
      summary: gatheringTitle(t, g),
      description: description.join("\n"),
      location: g.format === "DIGITAL" ? (g.meetingUrl ?? t("exports.calendar.digital")) : (g.place ?? undefined),
      url: `${baseUrl()}/samlinger/${g.id}`,
      status: g.cancelled ? "CANCELLED" : "CONFIRMED",
      sequence: g.version,
      lastModified: g.updatedAt,
      stamp: g.updatedAt,
    } as Parameters<typeof cal.createEvent>[0]);
  }
  return { name, ics: cal.toString() };
}
