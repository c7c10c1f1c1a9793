import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { trondelagBudget2023, trondelagNetworks } from "@/prisma/seed-data/trondelag";
import { pdfText } from "../support/pdf-text";
import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

/**
 * The meeting of Samarbeidsforum Trøndelag on 9 March 2023 (seed 002),
 * rebuilt through the browser (the e2e database is seeded without it), then
 * the year's work that follows from it: criteria sheet, the recommendation in
 * Sak 6/2023, the overview, the allocation, and the owner reading the decision.
 */
test.describe.configure({ mode: "serial" });

const BUDGET = "/budsjett/budget-trd-2023";
const short = (networkId: string) => trondelagNetworks.find((n) => n.id === networkId)!.shortName;
const downloaded = async (d: Promise<Download>) => readFile((await (await d).path())!);
let meetingUrl = "";

async function addCase(
  page: Page,
  c: { title: string; kind: string; text?: string; proposal?: string },
  number: string,
) {
  const form = page.locator("details").filter({ hasText: "Ny sak (får neste nummer for 2023)" });
  if (!(await form.getByLabel("Tittel").isVisible()))
    await form.getByText("Ny sak (får neste nummer for 2023)").click();
  await form.getByLabel("Tittel").fill(c.title);
  await form.getByRole("radio", { name: c.kind, exact: true }).check();
  if (c.text) await form.getByLabel("Saksframlegg").fill(c.text);
  if (c.proposal) await form.getByLabel("Forslag til vedtak").fill(c.proposal);
  await form.getByRole("button", { name: "Opprett saken" }).click();
  await expect(page.getByRole("link", { name: `Sak ${number} ${c.title}` }).first()).toBeVisible();
}

async function addAgendaLine(page: Page, line: { from: string; to?: string; caseLabel?: string; text?: string }) {
  await page.getByLabel("Fra kl.").fill(line.from);
  if (line.to) await page.getByLabel("Til kl.").fill(line.to);
  await page.getByLabel("Sak", { exact: true }).selectOption(line.caseLabel ? { label: line.caseLabel } : { index: 0 });
  if (line.text) await page.getByLabel("Tekst").fill(line.text);
  await page.getByRole("button", { name: "Legg til i sakslisten" }).click();
  await expect(page.getByRole("button", { name: `Fjern punktet kl. ${line.from.replace(":", ".")}` })).toBeVisible();
}

test("the secretariat rebuilds the meeting of 9 March 2023 with its agenda and Sak 4/2023–6/2023", async ({
  page,
  visit,
}) => {
  test.setTimeout(240_000);
  await signInAsDemo(page, "Marte Lien");
  await visit("/samarbeidsforum");
  await page.getByRole("link", { name: "Nytt møte" }).click();
  await expectAccessible(page);
  await page.getByLabel("Møte", { exact: true }).fill("Møte i samarbeidsforum Dekom");
  await page.getByLabel("Dato").fill("2023-03-09");
  await page.getByLabel("Starter kl.").fill("09:00");
  await page.getByLabel("Slutter kl. (valgfritt)").fill("15:00");
  // A physical meeting needs a place: said next to the field.
  await page.getByRole("button", { name: "Opprett møtet" }).click();
  await expect(page.getByText("Skriv hvor møtet holdes.").first()).toBeVisible();
  await page.getByRole("radio", { name: "Digitalt møte" }).check();
  await page.getByRole("button", { name: "Opprett møtet" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Møte i samarbeidsforum Dekom, 9. mars 2023" }),
  ).toBeVisible();
  meetingUrl = new URL(page.url()).pathname;
  await expectAccessible(page);

  // Numbered automatically after the January meeting's Sak 1–3/2023.
  await addCase(
    page,
    {
      title: "Aktuelt",
      kind: "orienteringssak",
      text: "1. Utprøving av nytt skjema/digital løsning for årsrapportering\n2. Kort status om fellestiltaket Læreplan/vurdering",
    },
    "4/2023",
  );
  await addCase(
    page,
    {
      title: "Tidlig innsats – videreføring/videreutvikling",
      kind: "beslutnings- og innspillssak",
      proposal: "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats.",
    },
    "5/2023",
  );
  await addCase(
    page,
    {
      title: "Felles årlig innstilling for bruk av midler til Dekom",
      kind: "beslutningssak",
      text: "Prosessbeskrivelse: presentasjon fra hver enkelt nettverksrepresentant; hvert beslutningsgrunnlag vurderes av de andre med kriteriearket.",
      proposal: "Det ble kun innstilt på ramme, eller under ramme.",
    },
    "6/2023",
  );

  await addAgendaLine(page, { from: "09:00", text: "Velkommen!" });
  await addAgendaLine(page, { from: "09:15", caseLabel: "Sak 4/2023 Aktuelt" });
  await addAgendaLine(page, { from: "09:30", caseLabel: "Sak 5/2023 Tidlig innsats – videreføring/videreutvikling" });
  await addAgendaLine(page, { from: "11:30", to: "12:30", text: "Lunsj" });
  await addAgendaLine(page, {
    from: "12:30",
    to: "15:00",
    caseLabel: "Sak 6/2023 Felles årlig innstilling for bruk av midler til Dekom",
  });
  const agenda = page.getByRole("table", { name: "Saksliste" });
  await expect(agenda.getByRole("row")).toHaveCount(6);
  await expect(agenda.getByRole("row").nth(4)).toContainText("11.30–12.30");
  await expect(agenda.getByRole("row").nth(4)).toContainText("Lunsj");

  await page.getByRole("button", { name: "Lagre oppmøtet" }).click();
  await expect(page.getByRole("row", { name: /Bjørn Tangen/ })).toContainText("Til stede");
  await expect(page.getByRole("row", { name: /Marte Lien/ })).toContainText("Nei (sekretariat)");

  // Sak 5: the decision as made.
  await page.getByRole("link", { name: "Sak 5/2023 Tidlig innsats – videreføring/videreutvikling" }).first().click();
  await expectAccessible(page);
  await page
    .getByLabel("Vedtak", { exact: true })
    .fill(
      "Samarbeidsforum vedtar videreføring av fellestiltaket tidlig innsats. Tiltakets endelige form, innhold og omfang vedtas i septembermøtet.",
    );
  await page.getByRole("button", { name: "Lagre vedtaket" }).click();
  await expect(page.getByText(/Vedtatt \d+\. \w+ \d{4}/)).toBeVisible();

  // Sak 6: the criteria sheet as a PDF attachment; a file that is not a PDF is refused.
  await visit(meetingUrl);
  await page
    .getByRole("link", { name: "Sak 6/2023 Felles årlig innstilling for bruk av midler til Dekom" })
    .first()
    .click();
  await page.getByLabel("Vedlegg (PDF)").setInputFiles({
    name: "kriteriearket.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>ikke en pdf</html>"),
  });
  await page.getByRole("button", { name: "Last opp vedlegget" }).click();
  await expect(page.getByText("Filen er ikke en PDF.").first()).toBeVisible();
  await page.getByLabel("Vedlegg (PDF)").setInputFiles({
    name: "Framgangsmåte - kriteriearket.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Last opp vedlegget" }).click();
  await expect(page.getByRole("link", { name: "Framgangsmåte - kriteriearket.pdf" })).toBeVisible();
  await expectAccessible(page);
  // An uploaded file is served as a download, in a sandbox.
  const attachment = await page.request.get(
    (await page.getByRole("link", { name: "Framgangsmåte - kriteriearket.pdf" }).getAttribute("href"))!,
  );
  expect(attachment.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(attachment.headers()["content-security-policy"]).toMatch(/(^|; )sandbox($|;)/);

  await visit(meetingUrl);
  const text = pdfText(
    await downloaded(
      Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Last ned saksliste (PDF)" }).click(),
      ]).then(([d]) => d),
    ),
  );
  for (const s of [
    "Saksliste",
    "9. mars 2023",
    "09.00",
    "Velkommen!",
    "09.15",
    "Sak 4/2023 Aktuelt (orienteringssak)",
    "09.30",
    "Sak 5/2023 Tidlig innsats – videreføring/videreutvikling (beslutnings- og innspillssak)",
    "11.30–12.30",
    "Lunsj",
    "12.30–15.00",
    "Sak 6/2023 Felles årlig innstilling for bruk av midler til Dekom (beslutningssak)",
    "Forslag til vedtak",
    "Framgangsmåte - kriteriearket.pdf",
  ]) {
    expect(text, s).toContain(s);
  }
});

test("a forum member declares a conflict of interest and assesses the others' networks on the criteria sheet", async ({
  page,
  visit,
}) => {
  await signInAsDemo(page, "Siri Aune"); // forum member, and owner in Innherred
  await visit(meetingUrl);
  await page
    .getByRole("link", { name: "Sak 6/2023 Felles årlig innstilling for bruk av midler til Dekom" })
    .first()
    .click();
  await page.getByLabel("Jeg er inhabil i denne saken").check();
  await page.getByRole("button", { name: "Lagre habilitet" }).click();
  await expect(page.getByText("Skriv kort hvorfor du er inhabil (minst 5 tegn).").first()).toBeVisible();
  await page.getByLabel("Grunn").fill("Representerer skoleeierne i Innherred");
  await page.getByRole("button", { name: "Lagre habilitet" }).click();
  await expect(page.getByText("Siri Aune er inhabil: Representerer skoleeierne i Innherred")).toBeVisible();

  await visit(`${BUDGET}/kriterier`);
  const card = (name: string) => page.getByRole("heading", { level: 2, name }).locator("..");
  await expect(card("Kompetansenettverk Innherred")).toContainText("Du vurderer ikke dette nettverket");
  const vaernes = card("Kompetansenettverk Værnes");
  await vaernes.getByRole("group", { name: /^1\./ }).getByLabel("4 – i stor grad").check();
  await vaernes.getByRole("group", { name: /^2\./ }).getByLabel("3 – i noen grad").check();
  await vaernes.getByRole("button", { name: "Lagre vurderingen av Værnes" }).click();
  await expect(vaernes.getByText("Velg en verdi fra 1 til 5.").first()).toBeVisible();
  await vaernes.getByRole("group", { name: /^3\./ }).getByLabel("5 – i svært stor grad").check();
  await vaernes.getByLabel("Kommentar: Forankret i lokale behov").fill("Godt forankret i skolenes egne analyser.");
  await vaernes.getByRole("button", { name: "Lagre vurderingen av Værnes" }).click();
  await expect(vaernes.getByRole("row", { name: /Forankret i lokale behov/ })).toContainText(
    "Siri Aune (4): Godt forankret i skolenes egne analyser.",
  );
  await expect(vaernes.getByRole("row", { name: /Partnerskap med UH/ })).toContainText("5,0");
  await expectAccessible(page);
});

test("the recommendation in Sak 6/2023 is never above a frame; the overview flags the networks that applied above frame", async ({
  page,
  visit,
}) => {
  test.setTimeout(180_000);
  await signInAsDemo(page, "Marte Lien");
  await visit(`${BUDGET}/innstilling`);
  await expect(page.getByLabel("Sak", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel("Sak", { exact: true }).locator("option:checked")).toHaveText(
    /^Sak 6\/2023 Felles årlig innstilling/,
  );
  await page.getByLabel("Innstilling for Værnes").fill("1 000 000");
  await page.getByRole("button", { name: "Lagre innstillingen" }).click();
  await expect(
    page.getByRole("link", { name: "Innstilling for Værnes: Innstillingen kan ikke være over nettverkets ramme." }),
  ).toBeVisible();
  await expect(page.getByText("Innstillingen kan ikke være over nettverkets ramme.").nth(1)).toBeVisible();

  // At or below each frame, with a reason where below (seed 002: «kun innstilt på ramme, eller under ramme»).
  let total = 0;
  for (const f of trondelagBudget2023.frames) {
    const frame = f.networkId === "net-trd-tfk-vg" ? f.frame + 1 : f.frame; // the krone the slide lost
    const amount = Math.min(frame, f.applied);
    total += amount;
    await page.getByLabel(`Innstilling for ${short(f.networkId)}`).fill(amount.toLocaleString("nb-NO"));
    if (amount < frame)
      await page.getByLabel(`Begrunnelse for ${short(f.networkId)}`).fill("Innstilt på omsøkt beløp.");
  }
  await page.getByRole("button", { name: "Lagre innstillingen" }).click();
  await expect(page.getByText(/11 nettverk har innstilling, samlet .* vedtatt i sak 6\/2023/)).toBeVisible();
  await expect(
    page.getByText(new RegExp(`samlet ${total.toLocaleString("nb-NO").replace(/\s/g, "\\s")}\\skr`)),
  ).toBeVisible();

  await visit(`${BUDGET}/sammenstilling`);
  const flagged = ["Fosen", "Gauldal", "Levanger/Verdal", "Midtre Namdal", "Trondheim/Malvik", "Værnes"];
  await expect(page.getByRole("heading", { name: "6 nettverk har søkt over rammen" })).toBeVisible();
  await expect(page.getByText(flagged.join(", "))).toBeVisible();
  for (const name of flagged)
    await expect(page.getByRole("rowheader", { name: new RegExp(`^${name}`) })).toContainText("Over ramme");
  for (const name of ["Indre Namdal", "Ytre Namdal", "Innherred", "Trøndelag sørvest", "TFK og VG"])
    await expect(page.getByRole("rowheader", { name: new RegExp(`^${name}`) })).not.toContainText("Over ramme");
  await expect(page.getByRole("img", { name: "Ramme, omsøkt og innstilling" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned sammenstillingen som Excel (XLSX)" }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await downloaded(Promise.resolve(download))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Sammenstilling")!;
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  const vaernes = rows.find((r) => r[1] === "Kompetansenettverk Værnes")!;
  expect(vaernes.slice(2, 7)).toEqual([
    932_420,
    1_850_000,
    { formula: expect.any(String), result: 917_580 },
    "Ja",
    932_420,
  ]);
  const sum = rows.find((r) => r[1] === "Sum")!;
  expect(sum[2]).toMatchObject({ result: 14_122_000 });

  // The case shows the recommendation; the minutes carry it with the conflict of interest.
  await visit(meetingUrl);
  const minutes = pdfText(
    await downloaded(
      Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Last ned protokoll (PDF)" }).click(),
      ]).then(([d]) => d),
    ),
  );
  for (const s of [
    "Protokoll",
    "Til stede",
    "Sekretariat (uten stemmerett)",
    "Sak 5/2023",
    "Tiltakets endelige form, innhold og omfang",
    "Siri Aune erklærte seg inhabil",
    "Innstilling per kompetansenettverk",
    "Kompetansenettverk Værnes",
    "932 420 kr",
  ]) {
    expect(minutes, s).toContain(s);
  }

  // Forum members read the recommendation; they cannot change it.
  await signOut(page);
  await signInAsDemo(page, "Bjørn Tangen");
  await visit(`${BUDGET}/innstilling`);
  await expect(page.getByRole("row", { name: /^Værnes/ })).toContainText(/932\s420\skr.*1\s850\s000\skr.*932\s420\skr/);
  await expect(page.getByRole("button", { name: "Lagre innstillingen" })).toHaveCount(0);
});

test("the Statsforvalter grants Trondheim/Malvik's report within the recommendation; the owner sees the amount and the decision", async ({
  page,
  visit,
}) => {
  await signInAsDemo(page, "Marte Lien");
  await visit(`${BUDGET}/tildeling`);
  const report = page.getByRole("region", { name: "Trondheim kommune" });
  await expect(report.getByLabel("Til Trondheim kommune")).toHaveValue("1 372 863");
  // More than the recommendation is refused.
  await report.getByLabel("Til Trondheim kommune").fill("2 000 000");
  await report.getByRole("button", { name: "Fatt vedtak for Trondheim kommune" }).click();
  await expect(report.getByText("Til sammen kan nettverket ikke få mer enn innstillingen.").first()).toBeVisible();
  await report.getByLabel("Til Trondheim kommune").fill("1 372 863");
  await report.getByRole("button", { name: "Fatt vedtak for Trondheim kommune" }).click();
  await expect(page.getByText(/Innvilget 3\s432\s157\skr/)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAsDemo(page, "Hanne Vik"); // Trondheim kommune
  await visit("/behovsmeldinger/report-trd-2023-trondheim-malvik");
  await expect(page.getByText("Innvilget").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Vedtak .*: Innvilget 3\s432\s157\skr/ })).toBeVisible();
  await expect(page.getByText(/Til eier: Trondheim kommune, 1\s372\s863\skr/)).toBeVisible();
  await expect(
    page.getByText(/Samarbeidsforum innstilte 3\s432\s157\skr for nettverket \(sak 6\/2023\)/),
  ).toBeVisible();
});
