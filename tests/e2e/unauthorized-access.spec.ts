import { expect, expectAccessible, signInAsDemo, test } from "./fixtures";

const LOFOTEN_REPORT = "/behovsmeldinger/report-nor-lofoten-2024";
const MELOY_DRAFT = "/behovsmeldinger/nr-org-meloy-kommune-2024";

/** A record another organisation owns is "not found" — the same answer as for an id that does not exist. */
async function expectNotFound(page: import("@playwright/test").Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByText("Vågan kommune")).toHaveCount(0);
  await expectAccessible(page);
}

test("an owner in another county cannot read the Lofoten report by URL", async ({ page }) => {
  await signInAsDemo(page, "Hanne Vik"); // Trondheim kommune
  await expectNotFound(page, LOFOTEN_REPORT);
});

test("an owner in the same county, outside the partnership, cannot read it either", async ({ page }) => {
  await signInAsDemo(page, "Lise Mo"); // Meløy kommune
  await expectNotFound(page, LOFOTEN_REPORT);
  // …while her own draft opens.
  await page.goto(MELOY_DRAFT);
  await expect(page.getByRole("heading", { level: 1, name: /Behovsmelding 2024/ })).toBeVisible();
});

test("the Statsforvalter does not see an owner's draft before it is submitted", async ({ page }) => {
  await signInAsDemo(page, "Jonas Berg"); // Statsforvalteren i Nordland
  await expectNotFound(page, MELOY_DRAFT);
  await page.goto(LOFOTEN_REPORT);
  await expect(
    page.getByRole("heading", { level: 1, name: "Behovsmelding 2024 – Kompetansenettverk Lofoten" }),
  ).toBeVisible();
});

test("a made-up report id gives the same 'not found'", async ({ page }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await expectNotFound(page, "/behovsmeldinger/finnes-ikke");
});

test("without signing in, portal pages send you to the sign-in page", async ({ page }) => {
  for (const path of ["/", "/behovsmeldinger", LOFOTEN_REPORT, "/organisasjoner"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/logg-inn$/);
  }
});
