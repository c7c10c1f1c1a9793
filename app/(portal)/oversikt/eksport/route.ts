import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/session";
import { canSeeOverview } from "@/lib/overview/policy";
import { loadOverview } from "@/lib/overview/queries";
import { overviewTables, TABLE_KEYS } from "@/lib/overview/tables";
import { overviewFilterSchema } from "@/lib/overview/filter";
import { tableToXlsx } from "@/lib/overview/export";
import { requestLocale } from "@/lib/i18n/request-locale";

/** GET /oversikt/eksport?tabell=<key>&ar&ordning&nettverk — one chart's table as XLSX, with the page's filter. */
export async function GET(req: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Ikke innlogget" }, { status: 401 });
  if (!canSeeOverview(actor)) return NextResponse.json({ error: "Fant ikke siden" }, { status: 404 });
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const key = z.enum(TABLE_KEYS).safeParse(params.tabell);
  if (!key.success) return NextResponse.json({ error: "Fant ikke tabellen" }, { status: 404 });
  const filter = overviewFilterSchema.parse(params);
  const [t, o] = await Promise.all([getTranslations(), loadOverview(actor, filter)]);
  const table = overviewTables(o, t as never).find((x) => x.key === key.data)!;
  const network = filter.networkId ? o.networks.find((n) => n.key === filter.networkId)?.label : null;
  const subtitle = [
    filter.year ? String(filter.year) : t("dashboard.allYears"),
    filter.scheme ? t(`schemes.${filter.scheme}`) : t("dashboard.allSchemes"),
    network ?? t("dashboard.allNetworks"),
  ].join(" · ");
  return new NextResponse(new Uint8Array(await tableToXlsx(table, subtitle, await requestLocale())), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="oversikt-${key.data}${filter.year ? `-${filter.year}` : ""}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
