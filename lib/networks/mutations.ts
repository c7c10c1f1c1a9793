import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { OWNER_KINDS } from "@/lib/access/policy";
import { canManageNetworks } from "@/lib/networks/policy";
import { overlaps } from "@/lib/networks/membership";
import type { SECTORS, SIDES } from "@/lib/networks/schema";

type Sector = (typeof SECTORS)[number];
type Side = (typeof SIDES)[number];
type NetworkInput = { name: string; shortName: string; sector: Sector; fromYear: number | null };

export async function createNetwork(actor: Actor, input: NetworkInput & { countyId: string }) {
  return db.$transaction(async (tx) => {
    if (
      !canManageNetworks(actor, input.countyId) ||
      !(await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true } }))
    )
      throw new AppError("INVALID", "Fylke", { countyId: "validation.choose" });
    if (await tx.network.findFirst({ where: { countyId: input.countyId, name: input.name }, select: { id: true } }))
      throw new AppError("INVALID", "Finnes", { name: "validation.networkExists" });
    const n = await tx.network.create({
      data: {
        countyId: input.countyId,
        name: input.name,
        shortName: input.shortName,
        sector: input.sector,
        fromYear: input.fromYear,
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "network.create",
      entityType: "Network",
      entityId: n.id,
      data: { after: input },
    });
    return { id: n.id };
  });
}

async function networkForChange(tx: Tx, actor: Actor, id: string) {
  const n = await tx.network.findUnique({ where: { id } });
  if (!n || !canManageNetworks(actor, n.countyId)) throw new AppError("NOT_FOUND");
  return n;
}

/** Renames, changes the kind, or ends a network (its last year); earlier years keep what they had. */
export async function updateNetwork(
  actor: Actor,
  input: NetworkInput & { id: string; version: number; endedYear: number | null },
) {
  return db.$transaction(async (tx) => {
    const n = await networkForChange(tx, actor, input.id);
    if (
      input.name !== n.name &&
      (await tx.network.findFirst({
        where: { countyId: n.countyId, name: input.name, id: { not: n.id } },
        select: { id: true },
      }))
    )
      throw new AppError("INVALID", "Finnes", { name: "validation.networkExists" });
    const after = {
      name: input.name,
      shortName: input.shortName,
      sector: input.sector,
      fromYear: input.fromYear,
      endedYear: input.endedYear,
    };
    const { count } = await tx.network.updateMany({
      where: { id: n.id, version: input.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.networkChanged");
    await audit(tx, {
      actorId: actor.personId,
      action: "network.update",
      entityType: "Network",
      entityId: n.id,
      data: {
        before: {
          name: n.name,
          shortName: n.shortName,
          sector: n.sector,
          fromYear: n.fromYear,
          endedYear: n.endedYear,
        },
        after,
      },
    });
  });
}

/**
 * An owner or UH partner joins a network from a year. Periods of one
 * organisation in one network never overlap, and a period is never moved
 * back in time afterwards: what earlier years had stays as it was.
 */
export async function addMembership(
  actor: Actor,
  input: { networkId: string; side: Side; organisationId: string; fromYear: number },
) {
  return db.$transaction(async (tx) => {
    const n = await networkForChange(tx, actor, input.networkId);
    await tx.$executeRaw`SELECT 1 FROM "Network" WHERE id = ${n.id} FOR UPDATE`;
    const org = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, kind: true, countyId: true },
    });
    const fits =
      org && (input.side === "UH" ? org.kind === "UH" : OWNER_KINDS.includes(org.kind) && org.countyId === n.countyId);
    if (!fits)
      throw new AppError("INVALID", "Organisasjon", {
        organisationId: input.side === "UH" ? "validation.unknownUh" : "validation.unknownOwner",
      });
    if (n.endedYear !== null && input.fromYear > n.endedYear)
      throw new AppError("INVALID", "Avsluttet", { fromYear: "validation.networkEnded" });
    const existing =
      input.side === "UH"
        ? await tx.networkUhPartner.findMany({ where: { networkId: n.id, organisationId: org.id } })
        : await tx.networkMember.findMany({ where: { networkId: n.id, organisationId: org.id } });
    const period = { fromYear: input.fromYear, toYear: null };
    if (existing.some((p) => overlaps(p, period)))
      throw new AppError("INVALID", "Overlapp", { organisationId: "validation.membershipOverlaps" });
    const row =
      input.side === "UH"
        ? await tx.networkUhPartner.create({
            data: { networkId: n.id, organisationId: org.id, fromYear: input.fromYear },
          })
        : await tx.networkMember.create({
            data: { networkId: n.id, organisationId: org.id, fromYear: input.fromYear },
          });
    await audit(tx, {
      actorId: actor.personId,
      action: input.side === "UH" ? "network.partner.add" : "network.member.add",
      entityType: "Network",
      entityId: n.id,
      data: { id: row.id, organisation: org.name, organisationId: org.id, fromYear: input.fromYear },
    });
    return { id: row.id };
  });
}

/** Ends a membership with its last year (not before its first, and only ever earlier than an end it had). */
export async function endMembership(actor: Actor, input: { id: string; side: Side; toYear: number }) {
  return db.$transaction(async (tx) => {
    const row =
      input.side === "UH"
        ? await tx.networkUhPartner.findUnique({
            where: { id: input.id },
            include: { organisation: { select: { name: true } } },
          })
        : await tx.networkMember.findUnique({
            where: { id: input.id },
            include: { organisation: { select: { name: true } } },
          });
    if (!row) throw new AppError("NOT_FOUND");
    const n = await networkForChange(tx, actor, row.networkId);
    if (row.fromYear !== null && input.toYear < row.fromYear)
      throw new AppError("INVALID", "År", { toYear: "validation.endBeforeStart" });
    if (row.toYear !== null && input.toYear >= row.toYear)
      throw new AppError("INVALID", "År", { toYear: "validation.alreadyEnded" });
    if (input.side === "UH")
      await tx.networkUhPartner.update({ where: { id: row.id }, data: { toYear: input.toYear } });
    else await tx.networkMember.update({ where: { id: row.id }, data: { toYear: input.toYear } });
    await audit(tx, {
      actorId: actor.personId,
      action: input.side === "UH" ? "network.partner.end" : "network.member.end",
      entityType: "Network",
      entityId: n.id,
      data: {
        id: row.id,
        organisation: row.organisation.name,
        before: { toYear: row.toYear },
        after: { toYear: input.toYear },
      },
    });
  });
}
