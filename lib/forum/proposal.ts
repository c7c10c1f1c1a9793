/**
 * A case's proposal for decision as it is printed. The secretariat writes
 * `{sum}` where the recommendation's total belongs; the portal fills in the
 * computed total of the recommendations recorded in the case, and adds the
 * recommendation per network. A typed placeholder ("XXXXXXX kroner", as in
 * the Word template) is refused when the case is saved, so none can reach an
 * agenda, minutes or letter.
 */
import { formatKroner, sum } from "@/lib/money";

export const SUM_TOKEN = "{sum}";

/** A run of three or more X standing in for a number: the template's placeholder. */
export const PLACEHOLDER = /\bX{3,}\b/i;

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function proposalText(
  proposal: string | null,
  recommendations: { network: string; amount: number }[],
  t: Translate,
): string | null {
  const total = sum(recommendations.map((r) => r.amount));
  const filled =
    proposal?.split(SUM_TOKEN).join(recommendations.length ? formatKroner(total) : t("forum.proposalSumPending")) ??
    null;
  if (!recommendations.length) return filled;
  const generated = [
    t("forum.proposalRecommendations"),
    ...recommendations.map((r) => `– ${r.network}: ${formatKroner(r.amount)}`),
    t("forum.proposalTotal", { total: formatKroner(total) }),
  ].join("\n");
  return filled ? `${filled}\n\n${generated}` : generated;
}
