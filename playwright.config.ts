import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 9400);
export const baseURL = `http://localhost:${PORT}`;
/** The portal tests/e2e/county-from-scratch.spec.ts starts on a database without demo data. */
export const FRESH_PORT = Number(process.env.E2E_FRESH_PORT ?? 3120);

/** Debian's Chromium by default; set PLAYWRIGHT_CHROMIUM_PATH="" to use Playwright's own browser. */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "node tests/support/oidc-server.mjs",
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      env: {
        OIDC_PORT: String(OIDC_PORT),
        OIDC_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc,http://localhost:${FRESH_PORT}/api/auth/callback/oidc`,
      },
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
    },
    {
      // A production build (run `next build` first; `npm test` does), on a fresh database with demo data.
      command: "node scripts/e2e-server.mjs",
      url: `${baseURL}/logg-inn`,
      env: {
        E2E_PORT: String(PORT),
        AUTH_URL: baseURL,
        AUTH_OIDC_ISSUER: `http://localhost:${OIDC_PORT}`,
        AUTH_OIDC_CLIENT_ID: "kompetanseportalen",
        AUTH_OIDC_CLIENT_SECRET: "e2e-client-secret",
        AUTH_OIDC_NAME: "Feide",
        DEMO_LOGIN: "1",
        // tests/e2e/public-files.spec.ts finds it in /.well-known/security.txt.
        SECURITY_CONTACT: "mailto:sikkerhet@e2e.test",
        // The suite signs in many times a minute from one address; the limits themselves are tested in tests/integration/rate-limit.test.ts.
        RATE_LIMIT_MULTIPLIER: "100",
        // tests/e2e/forum-2023.spec.ts and gatherings.spec.ts rebuild these through the browser.
        SEED_SKIP_MEETINGS: "mtg-trd-2023-03-09",
        SEED_SKIP_MEASURES: "measure-trd-vurdering-lk20",
      },
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
    },
  ],
});
