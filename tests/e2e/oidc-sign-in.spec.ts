import { expect, expectAccessible, test } from "./fixtures";

/**
 * Sign-in through OpenID Connect against the local test issuer (oidc-provider,
 * started by playwright.config.ts), as with Feide or ID-porten: authorization
 * code flow with PKCE, state and nonce.
 */
test("a known person signs in with Feide and lands on their home page", async ({ page, visit }) => {
  await visit("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Feide" }).click();

  // The identity provider's own pages.
  await expect(page).toHaveURL(new RegExp(`localhost:${process.env.E2E_OIDC_PORT ?? 9400}/`));
  await page.locator('input[name="login"]').fill("marte.lien@demo.kompetanseportalen.no");
  const password = page.locator('input[name="password"]');
  if (await password.count()) await password.fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Hei, Marte Lien" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Statsforvalteren i Trøndelag" })).toBeVisible();
  await expectAccessible(page);
});

test("a person the portal does not know is turned away with an explanation", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Feide" }).click();
  await page.locator('input[name="login"]').fill("ukjent.person@example.test");
  const password = page.locator('input[name="password"]');
  if (await password.count()) await password.fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/logg-inn\?error=AccessDenied/);
  await expect(page.getByRole("alert").filter({ hasText: "Du har ikke tilgang til portalen" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/logg-inn$/);
});
