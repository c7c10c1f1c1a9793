import "server-only";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** An optional setting: unset and the empty string both mean "not set" (compose files and CI pass `VAR=`). */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === "" ? undefined : v), type.optional());
const withDefault = <T extends z.ZodType>(type: T, fallback: z.input<T>) =>
  z.preprocess((v) => (v === "" || v === undefined ? fallback : v), type);

/**
 * Every environment variable the portal reads at run time, validated with zod, typed, with its
 * default written once here. README "Configuration" says what each one does. Nothing else in
 * app/ or lib/ reads `process.env` (tests/unit/env.test.ts checks).
 */
const schema = z
  .object({
    DATABASE_URL: z.string().min(1, "DATABASE_URL mangler"),
    // Connections this instance keeps open at most; with N instances the database sees N × this (docs/deploy.md).
    DATABASE_POOL_MAX: withDefault(z.coerce.number().int().min(1).max(100), 10),
    AUTH_SECRET: optional(z.string().min(16)),
    // The portal's public address: links in e-mails, feeds and printed pages; cookies are Secure when it is https.
    AUTH_URL: withDefault(z.url(), "http://localhost:3000"),
    AUTH_OIDC_ISSUER: optional(z.url()),
    AUTH_OIDC_CLIENT_ID: optional(z.string()),
    AUTH_OIDC_CLIENT_SECRET: optional(z.string()),
    AUTH_OIDC_NAME: withDefault(z.string(), "Feide"),
    DEMO_LOGIN: flag,
    SMTP_URL: optional(z.string()),
    MAIL_FROM: withDefault(z.string().min(3), "Kompetanseportalen <ikke-svar@kompetanseportalen.no>"),
    // The scheduled job's bearer secret; shorter than 16 characters counts as not set (the endpoint does not exist).
    JOB_SECRET: optional(z.string()),
    REDIS_URL: optional(z.string()),
    RATE_LIMIT_PREFIX: withDefault(z.string().min(1), "kp"),
    RATE_LIMIT_MULTIPLIER: withDefault(z.coerce.number().int().min(1), 1),
    TRUSTED_PROXY_HOPS: withDefault(z.coerce.number().int().min(0).max(10), 1),
    INSTANCE_ID: optional(z.string()),
    // Where security problems are reported (/.well-known/security.txt): a mailto: or https: address.
    SECURITY_CONTACT: withDefault(
      z.string().regex(/^(mailto:|https:\/\/)\S+$/, "SECURITY_CONTACT må være mailto:… eller https://…"),
      "mailto:sikkerhet@kompetanseportalen.no",
    ),
    // Enhetsregisteret's open API (Brønnøysundregistrene); tests point it at a local server.
    BRREG_API_URL: withDefault(z.url(), "https://data.brreg.no/enhetsregisteret/api"),
    BRREG_TIMEOUT_MS: withDefault(z.coerce.number().int().min(500).max(60_000), 5_000),
    NODE_ENV: withDefault(z.enum(["development", "test", "production"]), "development"),
  })
  .refine((e) => !e.AUTH_OIDC_ISSUER || (e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET), {
    message: "AUTH_OIDC_ISSUER krever AUTH_OIDC_CLIENT_ID og AUTH_OIDC_CLIENT_SECRET",
  });

export type Env = z.infer<typeof schema>;

/** The variables the schema knows. */
export const ENV_KEYS = Object.keys(schema.shape) as (keyof Env)[];
let cached: { key: string; env: Env } | undefined;

/**
 * The validated environment. Parsed on first use and again only when one of its variables has
 * changed (the integration tests start their SMTP and register servers on free ports and set
 * the address afterwards); an invalid value throws with the variable's name.
 */
export function env(): Env {
  const key = ENV_KEYS.map((k) => process.env[k] ?? "\u0000").join("\u0001");
  if (cached?.key !== key) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Ugyldig konfigurasjon: ${z.prettifyError(parsed.error)}`);
    }
    cached = { key, env: parsed.data };
  }
  return cached.env;
}

export function oidcConfigured(): boolean {
  return Boolean(env().AUTH_OIDC_ISSUER);
}

export function demoLoginEnabled(): boolean {
  return env().DEMO_LOGIN;
}
