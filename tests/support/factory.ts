/** Builds small, explicit worlds in the test database: two counties, owners, networks, reports, people. */
import { db } from "@/lib/db";
import type { NeedsReportStatus, Role } from "@/lib/generated/prisma/enums";
import { loadActor } from "@/lib/auth/load-actor";

let n = 0;
const uid = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

export async function county(name = uid("Fylke")) {
  return db.county.create({ data: { name, code: uid("c") } });
}

export async function organisation(
  countyId: string | null,
  kind: "KOMMUNE" | "PRIVAT" | "UH" = "KOMMUNE",
  parentId: string | null = null,
) {
  return db.organisation.create({
    data: {
      name: uid(kind === "UH" ? "Universitet" : "Kommune"),
      kind,
      countyId,
      parentId,
      accountNumber: "12345678903",
    },
  });
}

export async function network(countyId: string, memberIds: string[] = [], uhIds: string[] = []) {
  return db.network.create({
    data: {
      name: uid("Nettverk"),
      shortName: "N",
      countyId,
      members: { create: memberIds.map((organisationId) => ({ organisationId })) },
      uhPartners: { create: uhIds.map((organisationId) => ({ organisationId })) },
    },
  });
}

export async function round(countyId: string, year = 2024) {
  return db.round.create({ data: { countyId, year, deadline: new Date(`${year - 1}-11-15T22:59:00Z`) } });
}

export async function needsReport(opts: {
  roundId: string;
  networkId: string;
  leadOwnerId: string;
  status?: NeedsReportStatus;
  ownerIds?: string[];
  uhUnitIds?: string[];
}) {
  return db.needsReport.create({
    data: {
      roundId: opts.roundId,
      networkId: opts.networkId,
      leadOwnerId: opts.leadOwnerId,
      status: opts.status ?? "DRAFT",
      schemes: ["DESENTRALISERT"],
      owners: { create: (opts.ownerIds ?? []).map((organisationId) => ({ organisationId })) },
      uhUnits: { create: (opts.uhUnitIds ?? []).map((organisationId) => ({ organisationId })) },
      measures: {
        create: [{ position: 1, name: "Tiltak", scheme: "DESENTRALISERT", ownerAmount: 700_000, uhAmount: 880_000 }],
      },
    },
  });
}

/** A person with the given role bindings, returned as the Actor policies see. */
export async function actor(
  bindings: { role: Role; organisationId?: string; networkId?: string; countyId?: string }[],
  email = `${uid("p")}@example.test`,
) {
  const person = await db.person.create({
    data: {
      name: uid("Person"),
      email,
      roleBindings: {
        create: bindings.map((b) => ({
          role: b.role,
          organisationId: b.organisationId ?? null,
          networkId: b.networkId ?? null,
          countyId: b.countyId ?? null,
        })),
      },
    },
  });
  const a = await loadActor(person.id);
  if (!a) throw new Error("actor not loaded");
  return a;
}

/** Utdanningsdirektoratet's amount for a county, year and scheme: what a new year budget takes as its allocated amount. */
export async function countyAllocation(
  countyId: string,
  year: number,
  amount: number,
  scheme: "DESENTRALISERT" | "REGIONAL" | "KOMPETANSELOFTET" = "DESENTRALISERT",
) {
  return db.countyAllocation.upsert({
    where: { countyId_year_scheme: { countyId, year, scheme } },
    update: { amount },
    create: { countyId, year, scheme, amount },
  });
}
