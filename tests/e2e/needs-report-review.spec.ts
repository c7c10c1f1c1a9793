import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

const REPORT = "/behovsmeldinger/report-nor-lofoten-2025";

/**
 * The Statsforvalter returns the submitted Lofoten report with a reason; the
 * owner sees the reason, corrects and resubmits; both versions can be compared.
 */
test("return for correction, correct, resubmit and compare versions", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsDemo(page, "Jonas Berg"); // Statsforvalteren i Nordland
  await page.goto(REPORT);
  const panel = page.getByRole("heading", { name: "Behandling hos Statsforvalteren" }).locator("..");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start behandling" }).click();
  await expect(page.getByText("Under behandling").first()).toBeVisible();
  await page.getByLabel("Ny merknad").fill("Sjekk at UH-postene er beskrevet.");
  await page.getByRole("button", { name: "Lagre merknad" }).click();
  await expect(panel.getByText("Sjekk at UH-postene er beskrevet.")).toBeVisible();

  // A too short reason is refused next to the field.
  await page.getByLabel("Begrunnelse (eierne ser denne)").fill("Kort");
  await page.getByRole("button", { name: "Returner til eierne" }).click();
  await expect(
    page.getByRole("link", { name: /^Begrunnelse \(eierne ser denne\): Skriv en begrunnelse på minst 10 tegn/ }),
  ).toBeVisible();
  await expect(page.getByText("Skriv en begrunnelse på minst 10 tegn").nth(1)).toBeVisible();
  await expect(page.getByLabel("Begrunnelse (eierne ser denne)")).toHaveValue("Kort");
  await page.getByLabel("Begrunnelse (eierne ser denne)").fill("Beskriv koordinatorens oppgaver i Tiltak 1 nærmere.");
  await page.getByRole("button", { name: "Returner til eierne" }).click();
  await expect(page.getByText("Returnert for retting").first()).toBeVisible();
  await signOut(page);

  await signInAsDemo(page, "Kari Nordvik"); // Vågan kommune, lead owner
  await page.goto(REPORT);
  await expect(page.getByText("Beskriv koordinatorens oppgaver i Tiltak 1 nærmere.")).toBeVisible();
  await expect(page.getByText("Sjekk at UH-postene er beskrevet.")).toHaveCount(0); // internal notes stay internal
  await expectAccessible(page);
  await page.getByRole("link", { name: "Rediger" }).click();
  await page
    .locator("#tiltak-1")
    .getByLabel("Beskriv koordinatorens oppgaver")
    .fill("Koordinatoren leder arbeidsgruppa og følger opp enhetene.");
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: "Kontroller og send inn" }).click();
  await expect(page.getByText("Rett opp dette før du sender inn:")).toHaveCount(0);
  await page.getByRole("button", { name: "Send inn behovsmeldingen" }).first().click();
  await expect(page.getByText("Behovsmeldingen er sendt inn som versjon 2.")).toBeVisible();

  await page.getByRole("link", { name: "Sammenlign versjoner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Sammenligning av versjoner/ })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row", { name: /Tiltak 1 › Koordinator, beskrivelse/ });
  await expect(row).toContainText("Bistå Lofotkommunene");
  await expect(row).toContainText("Koordinatoren leder arbeidsgruppa og følger opp enhetene.");
});

test("print view and PDF mirror the form; another organisation gets 404 for the PDF", async ({ page }) => {
  await signInAsDemo(page, "Kari Nordvik");
  await page.goto(REPORT);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Last ned PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "4. Kontaktpersoner" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^behovsmelding-2025-kompetansenettverk-lofoten\.pdf$/);
  const body = await (await import("node:fs/promises")).readFile((await file.path())!);
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  await signOut(page);

  await signInAsDemo(page, "Hanne Vik"); // Trondheim kommune
  const response = await page.request.get(`${REPORT}/pdf`);
  expect(response.status()).toBe(404);
});
