import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NeedsReportStatus, Scheme } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { SUBMITTED_STATUSES } from "@/lib/needs-reports/policy";
import { PAGE_SIZE, type ListFilters } from "@/lib/needs-reports/list-filters";

/**
 * The needs-report list in one SQL query: scope, filters, totals, each
 * network's decided frame and whether its submitted reports are above it,
 * sorting and paging, all in PostgreSQL (the Prisma version loaded every
 * report in scope with its measures and sorted and paged them in memory).
 */

const list = (ids: readonly string[]) => Prisma.sql`${[...ids]}::text[]`;
/** Statuses as the enum, so the planner can use the (roundId, status) index and its statistics. */
const statuses = (s: readonly NeedsReportStatus[]) => Prisma.sql`${[...s]}::text[]::"NeedsReportStatus"[]`;

/**
 * `needsReportScope` (lib/needs-reports/policy.ts) as a SQL condition on
 * `r` ("NeedsReport") joined with `o` ("Round"). The two must select the same
 * reports: tests/integration/needs-report-scope-sql.test.ts compares them for
 * every kind of actor. Change one, change the other.
 */
export function needsReportScopeSql(actor: Actor): Prisma.Sql {
  const or: Prisma.Sql[] = [];
  if (actor.ownerOrgIds.length > 0) {
    or.push(Prisma.sql`r."leadOwnerId" = ANY(${list(actor.ownerOrgIds)})`);
    or.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "NeedsReportOwner" x WHERE x."reportId" = r.id AND x."organisationId" = ANY(${list(actor.ownerOrgIds)}))`,
    );
  }
  if (actor.coordinatorNetworkIds.length > 0) {
    or.push(Prisma.sql`r."networkId" = ANY(${list(actor.coordinatorNetworkIds)})`);
  }
  if (actor.uhOrgIds.length > 0) {
    or.push(Prisma.sql`r."uhInstitutionId" = ANY(${list(actor.uhOrgIds)})`);
    or.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "NeedsReportUhUnit" x WHERE x."reportId" = r.id AND x."organisationId" = ANY(${list(actor.uhOrgIds)}))`,
    );
  }
  const reviewCounties = [...new Set([...actor.statsforvalterCountyIds, ...actor.forumCountyIds])];
  if (reviewCounties.length > 0) {
    or.push(
      Prisma.sql`(o."countyId" = ANY(${list(reviewCounties)}) AND r.status = ANY(${statuses(SUBMITTED_STATUSES)}))`,
    );
  }
  if (actor.statsforvalterCountyIds.length > 0) {
    or.push(
      Prisma.sql`(o."countyId" = ANY(${list(actor.statsforvalterCountyIds)}) AND r.status = 'DRAFT' AND r."reopenRequestedAt" IS NOT NULL)`,
    );
  }
  return or.length > 0 ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`FALSE`;
}

/** A `contains` search as Prisma does it (case-insensitive, the text taken literally). */
const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterSql(f: ListFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.scheme) and.push(Prisma.sql`${f.scheme} = ANY(s.schemes)`);
  if (f.network) and.push(Prisma.sql`s."networkId" = ${f.network}`);
  if (f.status) and.push(Prisma.sql`s.status = ${f.status}`);
  if (f.year) and.push(Prisma.sql`s.year = ${f.year}`);
  if (f.q) {
    const p = containsPattern(f.q);
    and.push(Prisma.sql`(s."networkName" ILIKE ${p} OR s."leadOwnerName" ILIKE ${p}
      OR EXISTS (SELECT 1 FROM "NeedsReportOwner" x JOIN "Organisation" xo ON xo.id = x."organisationId" WHERE x."reportId" = s.id AND xo.name ILIKE ${p})
      OR EXISTS (SELECT 1 FROM "ReportMeasure" x WHERE x."reportId" = s.id AND x.name ILIKE ${p}))`);
  }
  return Prisma.join(and, " AND ");
}

/** Norwegian order for names (æ, ø, å last), as `localeCompare(…, "nb")`. */
const NB = Prisma.raw(`COLLATE "nb-x-icu"`);

function orderSql(f: ListFilters): Prisma.Sql {
  const key = {
    year: Prisma.sql`year`,
    network: Prisma.sql`"networkName" ${NB}`,
    owner: Prisma.sql`"leadOwnerName" ${NB}`,
    status: Prisma.sql`status ${NB}`,
    total: Prisma.sql`(owner + uh)`,
  }[f.sort ?? "year"];
  const descending =
    f.dir === "asc" ? false : f.dir === "desc" ? true : !f.sort || f.sort === "year" || f.sort === "total";
  return Prisma.sql`${key} ${Prisma.raw(descending ? "DESC" : "ASC")}, "networkName" ${NB} ASC, id ASC`;
}

type SqlRow = {
  id: string;
  status: NeedsReportStatus;
  schemes: Scheme[];
  submittedAt: Date | null;
  submittedVersion: number;
  roundId: string;
  year: number;
  deadline: Date;
  countyName: string;
  networkId: string;
  networkName: string;
  leadOwnerId: string;
  leadOwnerName: string;
  owner: bigint | number;
  uh: bigint | number;
  frame: number | null;
  overFrame: boolean | null;
  totalCount: bigint | number;
};

function toRow(r: SqlRow) {
  const owner = Number(r.owner);
  const uh = Number(r.uh);
  return {
    id: r.id,
    status: r.status,
    schemes: r.schemes,
    submittedAt: r.submittedAt,
    submittedVersion: r.submittedVersion,
    round: { id: r.roundId, year: r.year, deadline: r.deadline, county: { name: r.countyName } },
    network: { id: r.networkId, name: r.networkName },
    leadOwner: { id: r.leadOwnerId, name: r.leadOwnerName },
    total: owner + uh,
    owner,
    uh,
    frame: r.frame,
    overFrame: r.overFrame,
  };
}

export type NeedsReportRow = ReturnType<typeof toRow>;

/**
 * The reports in the actor's scope that match the filters, sorted, with totals, frame and
 * over/within frame; `limit`/`offset` for one page. `total` counts every matching row.
 *
 * - total, owner, uh: the sums of the report's measures;
 * - frame: the network's frame in the decided frame scenario of a budget of the report's round
 *   (the earliest decided, if the network has one in several budgets), else null;
 * - overFrame: whether the network's submitted reports in the round that the actor sees add up
 *   to more than that frame (null without a frame).
 */
export async function queryNeedsReports(actor: Actor, f: ListFilters, page?: { limit: number; offset: number }) {
  const rows = await db.$queryRaw<SqlRow[]>`
    WITH scoped AS (
      SELECT r.id, r.status::text AS status, coalesce(r.schemes::text[], ARRAY[]::text[]) AS schemes, r."submittedAt", r."submittedVersion",
             r."roundId", o.year, o.deadline, c.name AS "countyName",
             r."networkId", n.name AS "networkName", r."leadOwnerId", lo.name AS "leadOwnerName",
             coalesce(m.owner, 0) AS owner, coalesce(m.uh, 0) AS uh
      FROM "NeedsReport" r
      JOIN "Round" o ON o.id = r."roundId"
      JOIN "County" c ON c.id = o."countyId"
      JOIN "Network" n ON n.id = r."networkId"
      JOIN "Organisation" lo ON lo.id = r."leadOwnerId"
      LEFT JOIN LATERAL (
        SELECT sum(rm."ownerAmount")::bigint AS owner, sum(rm."uhAmount")::bigint AS uh FROM "ReportMeasure" rm WHERE rm."reportId" = r.id
      ) m ON TRUE
      WHERE ${needsReportScopeSql(actor)}
    ), applied AS (
      SELECT "roundId", "networkId", sum(owner + uh) AS applied FROM scoped WHERE status = ANY(${list(SUBMITTED_STATUSES)}) GROUP BY 1, 2
    ), frames AS (
      SELECT DISTINCT ON (b."roundId", nf."networkId") b."roundId", nf."networkId", nf.frame
      FROM "YearBudget" b
      JOIN "FrameScenario" fs ON fs."budgetId" = b.id AND fs.decided
      JOIN "NetworkFrame" nf ON nf."scenarioId" = fs.id
      WHERE b."roundId" IN (SELECT DISTINCT "roundId" FROM scoped)
      ORDER BY b."roundId", nf."networkId", fs."decidedAt" ASC NULLS LAST, fs.id
    ), listed AS (
      SELECT s.*, fr.frame, CASE WHEN fr.frame IS NULL THEN NULL ELSE coalesce(a.applied, 0) > fr.frame END AS "overFrame"
      FROM scoped s
      LEFT JOIN applied a ON a."roundId" = s."roundId" AND a."networkId" = s."networkId"
      LEFT JOIN frames fr ON fr."roundId" = s."roundId" AND fr."networkId" = s."networkId"
      WHERE ${filterSql(f)}
    )
    SELECT *, count(*) OVER () AS "totalCount" FROM listed
    WHERE ${f.frame === "over" ? Prisma.sql`"overFrame" = TRUE` : f.frame === "under" ? Prisma.sql`"overFrame" = FALSE` : Prisma.sql`TRUE`}
    ORDER BY ${orderSql(f)}
    ${page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`;
  return { rows: rows.map(toRow), total: rows.length > 0 ? Number(rows[0]!.totalCount) : 0 };
}

/** One page (1-based, kept within the pages there are) of the list, and how many pages there are. */
export async function queryNeedsReportPage(actor: Actor, f: ListFilters) {
  const wanted = Math.max(1, f.page ?? 1);
  let { rows, total } = await queryNeedsReports(actor, f, { limit: PAGE_SIZE, offset: (wanted - 1) * PAGE_SIZE });
  let page = wanted;
  if (rows.length === 0 && wanted > 1) {
    // Past the last page: show the last one (as a bookmark from a longer list would expect).
    const { total: all } = await queryNeedsReports(actor, f, { limit: 1, offset: 0 });
    page = Math.max(1, Math.ceil(all / PAGE_SIZE));
    ({ rows, total } = await queryNeedsReports(actor, f, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
  }
  return { rows, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

/** The networks of the reports in the actor's scope (for the filter), in Norwegian order. */
export async function queryReportNetworks(actor: Actor) {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT n.id, n.name FROM "Network" n
    WHERE n.id IN (SELECT r."networkId" FROM "NeedsReport" r JOIN "Round" o ON o.id = r."roundId" WHERE ${needsReportScopeSql(actor)})
    ORDER BY n.name ${NB}, n.id`;
}
