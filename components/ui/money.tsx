import { formatKroner } from "@/lib/money";

/** An amount in whole kroner, "1 580 000 kr". */
export function Money({ amount }: { amount: number | null | undefined }) {
  if (amount === null || amount === undefined) return <span>–</span>;
  return <span className="num">{formatKroner(amount)}</span>;
}
