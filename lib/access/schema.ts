import { z } from "zod";
import { recordId, requiredText } from "@/lib/validation";

export const SCOPE_KINDS = ["organisation", "network", "county", "national"] as const;
export const GRANTABLE_ROLES = [
  "OWNER",
  "UH",
  "ORG_ADMIN",
  "COORDINATOR",
  "STATSFORVALTER",
  "FORUM_MEMBER",
  "ADMIN",
  "DIRECTORATE",
] as const;

const scopeFields = {
  scopeKind: z.enum(SCOPE_KINDS, { error: "validation.badRequest" }),
  /** empty for the national scope */
  scopeId: z.preprocess((v) => (v === "" ? undefined : v), recordId.optional()),
};

/** An invitation by e-mail to one or more roles in one scope. */
export const inviteSchema = z.object({
  ...scopeFields,
  name: requiredText(200),
  email: z
    .string({ error: "validation.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "validation.required" })
    .max(254, { error: "validation.tooLong" })
    .pipe(z.email({ error: "validation.email" })),
  roles: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(GRANTABLE_ROLES, { error: "validation.badRequest" }))
      .min(1, { error: "validation.chooseRole" })
      .max(8, { error: "validation.badRequest" }),
  ),
});
export type InviteInput = z.output<typeof inviteSchema>;

/** A role binding to remove, or an invitation to withdraw. */
export const bindingRefSchema = z.object({ id: recordId });

/** A raw invitation token as it stands in the link: 43 characters of base64url. */
export const invitationToken = z
  .string({ error: "validation.badRequest" })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: "validation.badRequest" });
export const tokenSchema = z.object({ token: invitationToken });
