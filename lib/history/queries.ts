import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canReadHistory, type HistoryType } from "@/lib/history/policy";

/** The county a record belongs to, or null when there is no such record. */
/** A record's title as a message (history.titles.*) and its values, written in the reader's language by the page. */
export type HistoryTitle = {
  key: "needsReport" | "annualReport" | "yearBudget" | "frameScenario" | "forumCase" | "round" | "plain";
  values: Record<string, string | number>;
};

async function countyOf(type: HistoryType, id: string): Promise<{ countyId: string; title: HistoryTitle } | null> {
  switch (type) {
    case "NeedsReport": {
      const r = await db.needsReport.findUnique({
        where: { id },
        select: { round: { select: { countyId: true, year: true } }, network: { select: { name: true } } },
      });
      return (
        r && {
          countyId: r.round.countyId,
          title: { key: "needsReport", values: { year: r.round.year, network: r.network.name } },
        }
      );
    }
    case "AnnualReport": {
      const r = await db.annualReport.findUnique({
        where: { id },
        select: {
          year: true,
          reportMeasure: { select: { name: true, report: { select: { round: { select: { countyId: true } } } } } },
        },
      });
      return (
        r && {
          countyId: r.reportMeasure.report.round.countyId,
          title: { key: "annualReport", values: { year: r.year, measure: r.reportMeasure.name } },
        }
      );
    }
    case "YearBudget": {
      const r = await db.yearBudget.findUnique({ where: { id }, select: { countyId: true, year: true } });
      return r && { countyId: r.countyId, title: { key: "yearBudget", values: { year: r.year } } };
    }
    case "FrameScenario": {
      const r = await db.frameScenario.findUnique({
        where: { id },
        select: { name: true, budget: { select: { countyId: true } } },
      });
      return r && { countyId: r.budget.countyId, title: { key: "frameScenario", values: { name: r.name } } };
    }
    case "ForumMeeting": {
      const r = await db.forumMeeting.findUnique({
        where: { id },
        select: { title: true, forum: { select: { countyId: true } } },
      });
      return r && { countyId: r.forum.countyId, title: { key: "plain", values: { title: r.title } } };
    }
    case "ForumCase": {
      const r = await db.forumCase.findUnique({
        where: { id },
        select: { number: true, year: true, title: true, forum: { select: { countyId: true } } },
      });
      return (
        r && {
          countyId: r.forum.countyId,
          title: { key: "forumCase", values: { number: `${r.number}/${r.year}`, title: r.title } },
        }
      );
    }
    case "Measure": {
      const r = await db.measure.findUnique({ where: { id }, select: { countyId: true, name: true } });
      return r && { countyId: r.countyId, title: { key: "plain", values: { title: r.name } } };
    }
    case "Gathering": {
      const r = await db.gathering.findUnique({
        where: { id },
        select: { title: true, measure: { select: { countyId: true } } },
      });
      return r && { countyId: r.measure.countyId, title: { key: "plain", values: { title: r.title } } };
    }
    case "Round": {
      const r = await db.round.findUnique({ where: { id }, select: { countyId: true, year: true } });
      return r && { countyId: r.countyId, title: { key: "round", values: { year: r.year } } };
    }
    case "Organisation": {
      const r = await db.organisation.findUnique({ where: { id }, select: { countyId: true, name: true } });
      return r?.countyId ? { countyId: r.countyId, title: { key: "plain", values: { title: r.name } } } : null;
    }
    case "Network": {
      const r = await db.network.findUnique({ where: { id }, select: { countyId: true, name: true } });
      return r && { countyId: r.countyId, title: { key: "plain", values: { title: r.name } } };
    }
    case "County": {
      const r = await db.county.findUnique({ where: { id }, select: { id: true, name: true } });
      return r && { countyId: r.id, title: { key: "plain", values: { title: r.name } } };
    }
  }
}

/** The audit events of one record, oldest first, with who did what; "not found" unless the actor is the Statsforvalter of its county. */
export async function getHistory(actor: Actor, type: HistoryType, id: string) {
  const record = await countyOf(type, id);
  if (!record || !canReadHistory(actor, record.countyId)) throw new AppError("NOT_FOUND");
  const events = await db.auditEvent.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { at: "asc" },
    select: { id: true, at: true, action: true, data: true, actor: { select: { name: true, email: true } } },
  });
  return { type, id, title: record.title, events };
}
