import "server-only";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** Environment, validated once at start-up. See README "Configuration". */
const schema = z
  .object({
    DATABASE_URL: z.string().min(1, "DATABASE_URL mangler"),
    // Connections this instance keeps open at most; with N instances the database sees N × this (docs/deploy.md).
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_SECRET: z.string().min(16).optional(),
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_CLIENT_ID: z.string().optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
    AUTH_OIDC_NAME: z.string().default("Feide"),
    DEMO_LOGIN: flag,
    // Enhetsregisteret's open API (Brønnøysundregistrene); tests point it at a local server.
    BRREG_API_URL: z.url().default("https://data.brreg.no/enhetsregisteret/api"),
    BRREG_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5_000),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  })
  .refine((e) => !e.AUTH_OIDC_ISSUER || (e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET), {
    message: "AUTH_OIDC_ISSUER krever AUTH_OIDC_CLIENT_ID og AUTH_OIDC_CLIENT_SECRET",
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Ugyldig konfigurasjon: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function oidcConfigured(): boolean {
  return Boolean(env().AUTH_OIDC_ISSUER);
}

export function demoLoginEnabled(): boolean {
  return env().DEMO_LOGIN;
}
