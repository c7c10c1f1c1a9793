import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { measureScope } from "@/lib/measures/policy";
import { compareSemesters } from "@/lib/semesters";

export async function listMeasures(actor: Actor) {
  const measures = await db.measure.findMany({
    where: measureScope(actor),
    orderBy: [{ isJoint: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      scheme: true,
      isJoint: true,
      county: { select: { name: true } },
      ownerNetwork: { select: { name: true } },
      participations: { select: { network: { select: { name: true } } } },
      semesters: { select: { term: true, year: true } },
      _count: { select: { gatherings: true } },
    },
  });
  return measures.map((m) => {
    const semesters = [...m.semesters].sort(compareSemesters);
    return {
      id: m.id,
      name: m.name,
      scheme: m.scheme,
      isJoint: m.isJoint,
      county: m.county.name,
      networks: m.isJoint ? m.participations.map((p) => p.network.name) : m.ownerNetwork ? [m.ownerNetwork.name] : [],
      firstSemester: semesters[0] ?? null,
      lastSemester: semesters.at(-1) ?? null,
      semesterCount: semesters.length,
      gatheringCount: m._count.gatherings,
    };
  });
}

export async function getMeasure(actor: Actor, id: string) {
  const measure = await db.measure.findFirst({
    where: { AND: [{ id }, measureScope(actor)] },
    include: {
      county: true,
      ownerNetwork: true,
      cohorts: { orderBy: { number: "asc" }, include: { participations: { include: { network: true } } } },
      participations: { include: { network: true }, orderBy: { network: { name: "asc" } } },
      semesters: { orderBy: [{ cohort: { number: "asc" } }, { number: "asc" }], include: { cohort: { select: { name: true } } } },
      contributors: { include: { organisation: true, person: { select: { name: true } } } },
      gatherings: {
        orderBy: [{ startsAt: "asc" }, { number: "asc" }],
        include: {
          networks: { include: { network: { select: { name: true } } } },
          tracks: { orderBy: { position: "asc" }, include: { facilitators: { include: { person: { select: { name: true } }, organisation: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!measure) throw new AppError("NOT_FOUND");
  return measure;
}
