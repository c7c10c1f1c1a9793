import type { Page } from "@playwright/test";
import {
  trondelagBudget2023,
  trondelagNetworks,
  trondelagOrganisations,
  trondelagTeacherFtes2023,
} from "@/prisma/seed-data/trondelag";
import { expect, signInAsDemo, signOut, test } from "./fixtures";

/** The round the demo data keeps open: next year's, in every county. */
const year = new Date().getUTCFullYear() + 1;
const keyYear = year - 1;
const kroner = (text: string) => Number(text.replace(/[^\d-]/g, ""));

/** The seed's FTEs as a GSI-like export for the key year: org. number where known, else the name; decimal commas; one owner outside the county. */
function gsiCsv() {
  const rows = trondelagTeacherFtes2023.map((f) => {
    const org = trondelagOrganisations.find((o) => o.id === f.orgId)!;
    return [
      org.orgNumber ?? "",
      org.name,
      `${keyYear - 1}-${String(keyYear).slice(2)}`,
      `"${String(f.fte).replace(".", ",")}"`,
    ].join(";");
  });
  return ["Organisasjonsnummer;Navn;Skoleår;Lærerårsverk", ...rows, `;Oslo kommune;${keyYear};5 210,4`].join("\r\n");
}

async function frameCell(page: Page, networkName: string, column: number) {
  const row = page.getByRole("row", { name: new RegExp(`^${networkName}`) });
  return kroner(await row.getByRole("cell").nth(column).innerText());
}

test("the Statsforvalter enters the 2023 budget of seed 002, imports FTE keys and gets every frame to the krone, summing to 14 122 000", async ({
  page,
  visit,
}) => {
  test.setTimeout(240_000);
  // Utdanningsdirektoratet sets Trøndelag's amount; an amount with øre is refused next to the field, and nothing typed is lost.
  await signInAsDemo(page, "Ingrid Haugen");
  await visit(`/direktoratet?ar=${year}`);
  await page.getByRole("link", { name: "Sett beløp for Trøndelag" }).click();
  const amount = page.getByLabel(`Desentralisert ordning (DEKOM) – Trøndelag ${year}`);
  const amountForm = page.locator("form").filter({ has: amount });
  await amount.fill("20 522 000,50");
  await amountForm.getByRole("button", { name: "Lagre beløpet" }).click();
  await expect(
    page.getByRole("link", {
      name: `Desentralisert ordning (DEKOM) – Trøndelag ${year}: Skriv et beløp i hele kroner, for eksempel 150 000.`,
    }),
  ).toBeVisible();
  await expect(amount).toHaveValue("20 522 000,50");
  await amount.fill("20 522 000");
  await amountForm.getByRole("button", { name: "Lagre beløpet" }).click();
  await expect(amountForm.getByRole("status")).toHaveText("Beløpet er lagret.");
  await signOut(page);

  // The Statsforvalter's new budget takes it: the amount is shown, never typed.
  await signInAsDemo(page, "Marte Lien");
  await visit("/budsjett");
  await page.getByRole("link", { name: "Nytt årsbudsjett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt årsbudsjett" })).toBeVisible();
  await expect(page.getByLabel("Tildelt beløp", { exact: true })).toHaveCount(0);
  await page.getByLabel("Runde (år og fylke)").selectOption({ label: `${year} – Trøndelag` });
  await expect(page.getByText(/^20\s522\s000\skr$/)).toBeVisible();
  const amounts = [5_000_000, 3_300_000, 400_000, 1_000_000];
  for (const [i, amount] of amounts.entries())
    await page.getByLabel(`Beløp, post ${i + 1}`).fill(amount.toLocaleString("nb-NO").replace(/\s/g, " "));
  // The remainder for pro-rata distribution is computed as you type.
  await expect(page.getByText("Til fordeling pro rata").locator("xpath=following-sibling::dd[1]")).toHaveText(
    /10\s822\s000\skr/,
  );
  await page.getByRole("button", { name: "Opprett årsbudsjett" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Årsbudsjett ${year} – Trøndelag – Desentralisert ordning (DEKOM)` }),
  ).toBeVisible();
  const budgetUrl = new URL(page.url()).pathname;
  await visit(budgetUrl);
  // The UH line is proposed pro rata by networks partnered: NTNU 7, Nord universitet 4.
  await expect(page.getByRole("row", { name: /NTNU/ })).toContainText(/3\s181\s818\skr/);
  await expect(page.getByRole("row", { name: /Nord universitet/ })).toContainText(/1\s818\s182\skr/);

  // Key data: a GSI-like CSV, previewed (nothing written), with its one bad row, then imported.
  await visit("/budsjett/nokkeldata");
  await page.getByLabel("CSV-fil").setInputFiles({
    name: `lararaarsverk-${keyYear}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(gsiCsv(), "utf8"),
  });
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  const owners = trondelagTeacherFtes2023.length;
  await expect(
    page.getByRole("status").filter({
      hasText: `${owners} gyldige rader (${owners} nye, 0 endres, 0 uendret) og 1 med feil. Ingenting er lagret ennå.`,
    }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /Oslo kommune/ })).toContainText("Ukjent eier i fylket");
  await page.getByRole("button", { name: `Importer ${owners} gyldige rader` }).click();
  await expect(page.getByText(`${owners} verdier er lagret.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^${keyYear}`) })).toContainText(String(owners));

  // Frames from those keys.
  await visit(`${budgetUrl}/rammer`);
  await expect(page.getByLabel("Nøkkelår")).toHaveValue(String(keyYear));
  await page.getByRole("button", { name: "Beregn rammer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Lærerårsverk ${keyYear}` })).toBeVisible();
  for (const f of trondelagBudget2023.frames) {
    const name = trondelagNetworks.find((n) => n.id === f.networkId)!.name;
    expect(Math.abs((await frameCell(page, name, 1)) - f.frame), name).toBeLessThanOrEqual(1);
  }
  const sumRow = page.getByRole("row", { name: /^Sum/ });
  await expect(sumRow).toContainText(/14\s122\s000\skr/);
  await expect(sumRow).not.toContainText(/14\s121\s999/);

  // Another amount, side by side.
  await page.getByLabel("Navn på beregningen").fill("Prøve med 11 mill. pro rata");
  await page.getByLabel("Til fordeling pro rata (valgfritt)").fill("11 000 000");
  await page.getByRole("button", { name: "Beregn rammer" }).click();
  await expect(page.getByRole("columnheader", { name: "Prøve med 11 mill. pro rata" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Forskjell" })).toBeVisible();
  await expect(sumRow).toContainText(/14\s300\s000\skr/);
  await expect(page.getByText("Beregningen bruker andre beløp enn budsjettet og kan ikke vedtas.")).toBeVisible();

  // Deciding needs a confirmation; then the scenario is frozen and the budget locked.
  const decide = page.getByRole("button", { name: `Merk «Lærerårsverk ${keyYear}» som vedtatt` });
  await decide.click();
  await expect(page.getByText("Kryss av for å bekrefte at rammene er vedtatt.").first()).toBeVisible();
  await page.getByLabel(new RegExp(`Jeg bekrefter at rammene i «Lærerårsverk ${keyYear}»`)).check();
  await decide.click();
  await expect(page.getByText(`Rammer vedtatt: Lærerårsverk ${keyYear}`)).toBeVisible();
  await expect(page.getByRole("button", { name: /som vedtatt/ })).toHaveCount(0);
  await visit(budgetUrl);
  await expect(
    page.getByText(/Budsjettet er låst fordi rammeberegningen «Lærerårsverk \d{4}» ble vedtatt/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre budsjettet" })).toHaveCount(0);
});

test("budgets are not found by owners, coordinators or another county's Statsforvalter", async ({ page }) => {
  await signInAsDemo(page, "Hanne Vik");
  expect((await page.request.get("/budsjett/budget-trd-2023")).status()).toBe(404);
  expect((await page.request.get("/budsjett/budget-trd-2023/sammenstilling/eksport")).status()).toBe(404);
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Budsjett og rammer" }),
  ).toHaveCount(0);
  await signOut(page);
  await signInAsDemo(page, "Jonas Berg"); // Statsforvalteren i Nordland
  expect((await page.request.get("/budsjett/budget-trd-2023")).status()).toBe(404);
  expect((await page.request.get("/samarbeidsforum/moter/mtg-trd-2023-01/protokoll.pdf")).status()).toBe(404);
});
