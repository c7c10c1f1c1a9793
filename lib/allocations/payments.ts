/**
 * A granted amount's payments: the owner part to the lead owner, the UH part
 * to the report's UH institution, each with the account and marking its
 * contact gave (the owner's registered account otherwise). No payment of 0.
 */
export function paymentsFor(
  report: {
    leadOwnerId: string;
    uhInstitutionId: string | null;
    leadOwner: { accountNumber: string | null };
    contacts: { side: string; accountNumber: string | null; paymentMarking: string | null }[];
  },
  ownerAmount: number,
  uhAmount: number,
) {
  const owner = report.contacts.find((c) => c.side === "OWNER");
  const uh = report.contacts.find((c) => c.side === "UH");
  return [
    ...(ownerAmount > 0
      ? [
          {
            organisationId: report.leadOwnerId,
            side: "OWNER" as const,
            amount: ownerAmount,
            accountNumber: owner?.accountNumber ?? report.leadOwner.accountNumber,
            paymentMarking: owner?.paymentMarking ?? null,
          },
        ]
      : []),
    ...(uhAmount > 0
      ? [
          {
            organisationId: report.uhInstitutionId!,
            side: "UH" as const,
            amount: uhAmount,
            accountNumber: uh?.accountNumber ?? null,
            paymentMarking: uh?.paymentMarking ?? null,
          },
        ]
      : []),
  ];
}
