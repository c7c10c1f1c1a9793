import { expect, expectAccessible, signInAsDemo, test } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * The page cache of the portal's server (scripts/lib/response-cache.mjs, decision 013), as a
 * user meets it: a page served again from it runs in the browser like a rendered one (its
 * scripts carry the response's new nonce, so nothing is refused under the CSP — the fixture
 * fails the test on any refusal), and a change the user makes shows on the next page at once.
 */

/** Loads `path` until it comes from the cache (a write elsewhere, e.g. the mail outbox, may end an entry). */
async function loadFromCache(page: Page, path: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await page.goto(path);
    if (res?.headers()["x-response-cache"] === "hit") return res;
  }
  throw new Error(`${path} never came from the page cache`);
}

test("a page from the page cache works like a rendered one, and a new draft shows on the list at once", async ({
  page,
}) => {
  await signInAsDemo(page, "Kari Nordvik");
  const res = await loadFromCache(page, "/behovsmeldinger");
  await expectAccessible(page);

  // Every script runs under this response's nonce, a new one (not the one the page was rendered with).
  const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const scriptNonces = await page.evaluate(() =>
    [...document.querySelectorAll("script")].filter((s) => s.nonce).map((s) => s.nonce),
  );
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  const again = await loadFromCache(page, "/behovsmeldinger");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);

  // The page is live: client navigation to the new-report page, and a draft made there.
  await page.getByRole("link", { name: "Ny behovsmelding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny behovsmelding" })).toBeVisible();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Opprett behovsmelding" }).click();
  await expect(page).toHaveURL(/\/rediger$/);
  const id = new URL(page.url()).pathname.split("/")[2]!;

  // Back on the list, the same request as before: rendered again, with the new draft on it.
  const list = await page.goto("/behovsmeldinger");
  expect(list?.headers()["x-response-cache"]).toBe("miss");
  await expect(page.locator(`a[href^="/behovsmeldinger/${id}"]`).first()).toBeVisible();
});
