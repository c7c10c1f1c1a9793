import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

/**
 * The annual report for the Lofoten measure granted in the demo data: the
 * Statsforvalter sees it missing after the deadline and sends the reminders
 * that are due; the owner writes it (participation comes from the gatherings
 * held, the co-financing ledger shows promised vs delivered) and submits it;
 * the Statsforvalter approves it and finds it in the overview, its XLSX
 * exports and the county summary.
 */
test.describe.configure({ mode: "serial" });

const MEASURE = "Regionalt samarbeid i Lofoten med NTNU (v/matematikk- og skrivesenteret)";
let reportUrl = "";

test("the Statsforvalter sees the missing annual report after the deadline and sends the reminders that are due", async ({
  page,
  visit,
}) => {
  await signInAsDemo(page, "Jonas Berg");
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Årsrapporter", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Årsrapporter" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: MEASURE });
  await expect(row).toContainText("Ikke påbegynt");
  await expect(row).toContainText("Mangler");
  await expect(row).toContainText("1 580 000");
  await expect(row).toContainText("15. januar 2025");
  await expect(page.getByRole("heading", { name: "Mangler etter fristen (1)" })).toBeVisible();
  await expect(page.getByText(`Vågan kommune (Kompetansenettverk Lofoten): ${MEASURE}, 2024`)).toBeVisible();

  // Only the missing ones when filtered.
  await page.getByLabel("Vis", { exact: true }).selectOption("levert");
  await page.getByRole("button", { name: "Bruk filter" }).click();
  await expect(page.getByText("Ingen tiltak med tilskudd venter på årsrapport.")).toBeVisible();
  await visit("/arsrapporter");

  await page.getByRole("button", { name: "Send aktuelle påminnelser nå" }).click();
  await expect(page.getByText("1 påminnelse er sendt.")).toBeVisible();
  await page.getByRole("button", { name: "Send aktuelle påminnelser nå" }).click();
  await expect(page.getByText("Ingen påminnelser var aktuelle nå.")).toBeVisible();
  await signOut(page);
});

test("the owner writes the annual report with participation from the gatherings and a co-financing ledger, and submits it", async ({
  page,
  visit,
}) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Kari Nordvik");
  await visit("/arsrapporter");
  await page.getByRole("row").filter({ hasText: MEASURE }).getByRole("button", { name: "Skriv årsrapport" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Skriv årsrapport 2024: ${MEASURE}` })).toBeVisible();
  reportUrl = page.url().replace(/\/rediger$/, "");
  await expectAccessible(page);

  // Participation is shown from the gatherings, not typed: 308 registered, 291 present, 29 no-shows, 12 walk-ins.
  const sum = page.getByRole("row", { name: /^Sum/ }).last();
  await expect(sum).toContainText("308");
  await expect(sum).toContainText("291");
  await expect(sum).toContainText("29");
  await expect(sum).toContainText("12");

  // The ledger starts with the 30 % promised.
  await expect(page.getByLabel("Lovet (kr), linje 1")).toHaveValue("474 000");

  // A bad amount is refused next to the field and in the summary; nothing typed is lost.
  await page.getByLabel("Brukt av skoleeiers del (kr)").fill("650 000,50");
  await page.getByLabel("3. Aktiviteter").fill("Ledersamling, tre fagsamlinger og kick-off for alle lærere.");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(
    page.getByRole("link", { name: /^Brukt av skoleeiers del \(kr\): Skriv et beløp i hele kroner/ }),
  ).toBeVisible();
  await expect(page.getByLabel("3. Aktiviteter")).toHaveValue(
    "Ledersamling, tre fagsamlinger og kick-off for alle lærere.",
  );
  await expectAccessible(page);

  // More than granted: the field says by how much at once, and asks for the reason.
  await page.getByLabel("Brukt av skoleeiers del (kr)").fill("720 000");
  await expect(
    page.getByText(/^Dette er 20\s000\skr mer enn tildelt\. Skriv en begrunnelse i feltet under/),
  ).toBeVisible();
  await expect(page.getByLabel("Begrunnelse for forbruk over tildelt")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Brukt av skoleeiers del (kr)").fill("650 000");
  await expect(page.getByText(/mer enn tildelt\. Skriv en begrunnelse/)).toHaveCount(0);
  await page.getByLabel("Brukt av UHs del (kr)").fill("870 000");
  await page
    .getByLabel("Hva skjer med ubrukte midler?")
    .fill("60 000 kr brukes til veiledning høsten 2025 etter avtale med Statsforvalteren.");
  await page.getByLabel("Levert (kr), linje 1").fill("400 000");
  await page.getByRole("button", { name: "Legg til linje" }).click();
  await page.getByLabel("Form, linje 2").selectOption("RELEASE_TIME");
  await page.getByLabel("Beskrivelse, linje 2").fill("Lærernes tid på samlingene");
  await page.getByLabel("Lovet (kr), linje 2").fill("0");
  await page.getByLabel("Levert (kr), linje 2").fill("100 000");
  await page.getByLabel("5. UH-partnerens bidrag").fill("Matematikksenteret og Skrivesenteret holdt fagsamlingene.");
  await page.getByLabel("Vurdering mot tiltakets mål").fill("Målene om felles vurderingspraksis er langt på vei nådd.");
  await page.getByLabel("Tiltaket var forankret i lokale behov").fill("Temaene kom fra kommunenes behovsanalyser.");
  await page
    .getByLabel("Tiltaket fremmet kollektive prosesser for profesjonsutvikling")
    .fill("Arbeidet foregikk i profesjonsfellesskapene.");
  await page
    .getByLabel("Tiltaket ble gjennomført i partnerskap mellom eiere og UH")
    .fill("Planlagt og gjennomført med NTNU.");
  // The draft survives a reload before it is saved.
  await page.reload();
  await expect(page.getByText(/Vi har lagt inn igjen det du skrev/)).toBeVisible();
  await expect(page.getByLabel("Levert (kr), linje 2")).toHaveValue("100 000");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();

  // "Veien videre" is still missing: the report view names it and links to the field.
  await page.goto(reportUrl);
  await expect(page.getByText("Rett opp dette før du sender inn:")).toBeVisible();
  await page.getByRole("link", { name: "7. Veien videre: Fyll ut dette feltet." }).click();
  await expect(page.getByRole("textbox", { name: "7. Veien videre" })).toBeFocused();
  await page.getByLabel("7. Veien videre").fill("Videreføres høsten 2025 med vekt på skriving.");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();

  await page.goto(reportUrl);
  await expectAccessible(page);
  // Economy computed: unspent 50 000 + 10 000; ledger promised 474 000, delivered 500 000 ≥ required.
  await expect(page.getByRole("row", { name: /^Sum 1\s580\s000\skr 1\s520\s000\skr 60\s000\skr$/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Sum 474\s000\skr 500\s000\skr$/ })).toBeVisible();
  await expect(page.getByText("Levert egenandel dekker kravet.")).toBeVisible();
  await page.getByRole("button", { name: "Send inn årsrapporten" }).click();
  await expect(page.getByText("Årsrapporten er sendt inn som versjon 1.")).toBeVisible();
  await expect(page.getByText("Sendt inn").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Rediger" })).toHaveCount(0);
  await signOut(page);

  // Another organisation's owner gets "not found".
  await signInAsDemo(page, "Hanne Vik");
  const res = await page.goto(reportUrl);
  expect(res?.status()).toBe(404);
});

test("the Statsforvalter approves it and finds the figures in the overview, its exports and the county summary", async ({
  page,
  visit,
}) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Jonas Berg");
  await visit(reportUrl);
  await page.getByRole("button", { name: "Godkjenn årsrapporten" }).click();
  await expect(page.getByText(/^Godkjent av Statsforvalteren/)).toBeVisible();
  // The record's history: every write, who and when.
  await page.getByRole("link", { name: "Historikk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Historikk: Årsrapport 2024 – ${MEASURE}` })).toBeVisible();
  const history = page.getByRole("table", { name: /^Historikk/ });
  await expect(history.getByRole("row", { name: /annual-report\.approve/ })).toContainText("Jonas Berg");
  await expect(history.getByRole("row", { name: /annual-report\.submit/ })).toContainText("Kari Nordvik");
  await expectAccessible(page);
  await page.goBack();
  // The submitted version, locked with the figures of its day.
  await page.getByRole("link", { name: /^Versjon 1, / }).click();
  await expect(page.getByText(/^Dette er versjon 1 slik den ble sendt inn/)).toBeVisible();
  await expect(page.getByText("Videreføres høsten 2025 med vekt på skriving.")).toBeVisible();
  await expectAccessible(page);
  await visit("/arsrapporter");
  await expect(page.getByRole("row").filter({ hasText: MEASURE })).toContainText("Godkjent");
  await expect(page.getByRole("heading", { name: "Mangler etter fristen (0)" })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Oversikt", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  await expectAccessible(page);
  const network = page
    .getByRole("table", { name: "Midler per nettverk" })
    .getByRole("row", { name: /Kompetansenettverk Lofoten/ });
  await expect(network).toHaveText(
    /1\s600\s000\skr.*3\s160\s000\skr.*1\s580\s000\skr.*1\s580\s000\skr.*1\s520\s000\skr/,
  );
  await expect(
    page
      .getByRole("table", { name: "Deltakelse per nettverk" })
      .getByRole("row", { name: /Kompetansenettverk Lofoten/ }),
  ).toHaveText(/6.*308.*291.*29.*12/);

  // Filter by year: only 2024's money.
  await page.getByLabel("År", { exact: true }).selectOption("2024");
  await page.getByRole("button", { name: "Bruk filter" }).click();
  await expect(network).toHaveText(
    /1\s600\s000\skr.*1\s580\s000\skr.*1\s580\s000\skr.*1\s580\s000\skr.*1\s520\s000\skr/,
  );
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned midler per nettverk som Excel" }).click();
  const file = await download;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  const lofoten = rows.find((r) => r.includes("Kompetansenettverk Lofoten"))!;
  expect(lofoten.slice(2)).toEqual([1_600_000, 1_580_000, 1_580_000, 1_580_000, 1_520_000]);

  await page.getByRole("link", { name: "Fylkesoppsummering 2024" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oppsummering 2024: Nordland" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText("NTNU – Norges teknisk-naturvitenskapelige universitet")).toBeVisible();
  const pdf = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned PDF" }).click();
  const body = await readFile((await (await pdf).path())!);
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  await signOut(page);

  // Owners do not get the overview.
  await signInAsDemo(page, "Kari Nordvik");
  await expect(page.getByRole("link", { name: "Oversikt" })).toHaveCount(0);
  expect((await page.goto("/oversikt"))?.status()).toBe(404);
});
