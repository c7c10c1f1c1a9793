import "server-only";
import { db } from "@/lib/db";
import { evaluationOpen } from "@/lib/gatherings/policy";

/** What the public evaluation page shows for a gathering's secret link (nothing else about it); null for an unknown link. */
export async function getEvaluationTarget(token: string, evaluatorHash: string | null, now = new Date()) {
  if (token.length < 10 || token.length > 64) return null;
  const g = await db.gathering.findUnique({
    where: { evaluationToken: token },
    select: {
      id: true,
      number: true,
      title: true,
      startsAt: true,
      cancelled: true,
      measure: { select: { name: true } },
      tracks: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  if (!g) return null;
  const answered = evaluatorHash
    ? (await db.evaluationResponse.count({ where: { gatheringId: g.id, evaluatorHash } })) > 0
    : false;
  return { ...g, open: evaluationOpen(g, now), answered };
}
