import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type { Page, Response } from "@playwright/test";
import type { Cluster } from "../../scripts/two-instances.mjs";
import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

/**
 * More than one machine: two production instances of one build
 * (`next start` on two ports) against one PostgreSQL database and one Redis,
 * behind nginx (round robin, no sticky sessions), started by
 * scripts/two-instances.mjs. The browser only ever talks to nginx. Every page,
 * route and server-action response says in `X-Instance` which instance
 * answered, and nginx's access log says the same for every request.
 *
 * Proven here: both instances answer; a session cookie issued by one is
 * honoured by the other; a server action posted from a page that one
 * instance rendered runs on the other; a rate limit counted on one holds on
 * the other (Redis); and when one instance is killed in the middle of an
 * edit, the user goes on through the other without signing in again.
 */
const PORT = Number(process.env.TWO_INSTANCES_PORT ?? 3190);
const REPORT = "/behovsmeldinger/report-nor-lofoten-2025";

test.use({ baseURL: `http://localhost:${PORT}` });
test.describe.configure({ mode: "serial" });

let cluster: Cluster;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Imported, not required: Playwright would compile the ES module to CommonJS.
  const { startCluster } = await import("../../scripts/two-instances.mjs");
  // Instance b runs as one server per core would: two processes on its port (WEB_CONCURRENCY, scripts/server.mjs).
  cluster = await startCluster({
    port: PORT,
    instanceEnv: (id: string): Record<string, string> => (id === "b" ? { WEB_CONCURRENCY: "2" } : {}),
  });
});
test.afterAll(async () => {
  if (!cluster) return;
  const served = cluster.served();
  const count = (id: string) => served.filter((r) => r.instance === id).length;
  const retried = served.filter((r) => r.tried.length > 1);
  console.log(
    `Two instances behind nginx: ${served.length} requests — ${cluster.instances.map((i) => `${i.id}: ${count(i.id)}`).join(", ")}; ` +
      `passed on after a dead instance: ${retried.length} (${retried.map((r) => `${r.method} ${r.path} → ${r.instance}`).join("; ")})`,
  );
  await cluster.stop({ dropDatabase: true });
});

type Seen = { method: string; url: string; status: number; instance: string | undefined; action: boolean };

/** Records which instance answered every response of the page that went through the portal's proxy (pages, RSC, actions, routes). */
function watch(page: Page) {
  const seen: Seen[] = [];
  page.on("response", (r: Response) => {
    const instance = r.headers()["x-instance"];
    if (!instance) return; // static files and prefetches carry no header
    const req = r.request();
    seen.push({
      method: req.method(),
      url: r.url(),
      status: r.status(),
      instance,
      action: Boolean(req.headers()["next-action"]),
    });
  });
  return seen;
}

/** The instance that rendered the page the browser shows now (its last document or RSC navigation). */
function pageInstance(seen: Seen[]): string {
  const last = seen.filter((s) => !s.action && s.method === "GET" && !s.url.includes("/api/")).at(-1);
  expect(last, "a page response with X-Instance").toBeTruthy();
  return last!.instance!;
}

/**
 * Makes the next request go to the other instance than `from`, as far as it
 * can: nginx's round robin hands requests out in turn, so ask /api/health until
 * `from` answers. (A link prefetch may still take that turn; callers check and
 * try again.)
 */
async function steerAwayFrom(page: Page, from: string) {
  await page.waitForLoadState("networkidle");
  for (let i = 0; i < 4; i++) {
    const res = await page.request.get("/api/health");
    expect(res.status()).toBe(200);
    if (res.headers()["x-instance"] === from) return;
  }
  throw new Error(`instance ${from} never answered /api/health`);
}

const isAction = (r: Response) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]);

/** Opens `path` until the other instance than `not` renders it (a GET may be repeated); returns that instance. */
async function openOn(page: Page, seen: Seen[], path: string, not: string) {
  for (let attempt = 0; attempt < 8; attempt++) {
    await steerAwayFrom(page, not);
    await page.goto(path);
    if (pageInstance(seen) !== not) return pageInstance(seen);
  }
  throw new Error(`${path} came from instance ${not} eight times`);
}

/**
 * Runs a repeatable server action (`run(attempt)`) until it lands on the other
 * instance than the one that rendered the page it is posted from.
 */
async function actOnOther(page: Page, seen: Seen[], run: (attempt: number) => Promise<unknown>) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const renderedBy = pageInstance(seen);
    await steerAwayFrom(page, renderedBy);
    const [res] = await Promise.all([page.waitForResponse(isAction), run(attempt)]);
    expect(res.status()).toBe(200);
    const ranOn = res.headers()["x-instance"]!;
    if (ranOn !== renderedBy) return { renderedBy, ranOn, attempts: attempt + 1 };
  }
  throw new Error("a server action never landed on the other instance than its page");
}

test("both instances answer through nginx, and a rate limit counted on one holds on the other (shared Redis)", async ({
  request,
}) => {
  const health = await Promise.all([0, 1, 2, 3].map(() => request.get("/api/health")));
  expect(health.map((r) => r.status())).toEqual([200, 200, 200, 200]);
  expect(new Set(health.map((r) => r.headers()["x-instance"]))).toEqual(new Set(["a", "b"]));

  // The job endpoint allows 10 calls per address and minute (LIMITS.job in lib/rate-limit.ts); a wrong token is 401 until then.
  const answers: { status: number; instance: string | undefined }[] = [];
  for (let i = 0; i < 14; i++) {
    const res = await request.post("/api/jobs/arsrapport-paminnelser", {
      headers: { Authorization: "Bearer not-the-job-secret-0123456789" },
    });
    answers.push({ status: res.status(), instance: res.headers()["x-instance"] });
  }
  // Separate counters would have let each instance answer 10 times; one shared counter refuses the 11th, whichever instance gets it.
  expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(401));
  expect(answers.slice(10).map((a) => a.status)).toEqual([429, 429, 429, 429]);
  expect(new Set(answers.slice(0, 10).map((a) => a.instance))).toEqual(new Set(["a", "b"]));
  expect(new Set(answers.slice(10).map((a) => a.instance))).toEqual(new Set(["a", "b"]));
});

/** The processes whose parent is `pid` (an instance's server processes under its cluster primary). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

test("an instance in two processes keeps answering when one of them dies, and starts another", async ({ request }) => {
  const b = cluster.instances.find((i) => i.id === "b")!;
  const direct = `http://127.0.0.1:${b.port}`;
  const before = childrenOf(b.pid);
  expect(before, "instance b's server processes").toHaveLength(2);
  const victim = before[0]!;
  process.kill(victim, "SIGKILL");
  // The primary process hands each new connection to the next process in turn; one it handed over in the
  // instant of the death is lost like those the dead process was serving (nginx passes it on after its
  // timeout). From the moment the primary has seen the death, which it logs, the other process answers
  // everything, through nginx and on the instance's own port.
  await expect
    .poll(() => fs.readFileSync(b.log, "utf8"), { timeout: 10_000 })
    .toContain(`process ${victim} ended (SIGKILL)`);
  for (let i = 0; i < 6; i++) {
    expect((await request.get(`${direct}/api/health`)).status()).toBe(200);
    expect((await request.get("/logg-inn")).status()).toBe(200);
  }
  // And the instance has two processes again, the dead one replaced.
  await expect.poll(() => childrenOf(b.pid).filter((p) => p !== victim).length, { timeout: 30_000 }).toBe(2);
  await expect.poll(async () => (await request.get(`${direct}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
});

test("a server started on a port that is taken stops with an error instead of starting processes that cannot listen", () => {
  const a = cluster.instances.find((i) => i.id === "a")!;
  for (const processes of ["1", "2"]) {
    const run = spawnSync(process.execPath, ["scripts/server.mjs"], {
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        PORT: String(a.port),
        HOSTNAME: "127.0.0.1",
        WEB_CONCURRENCY: processes,
        RESPONSE_CACHE: "0",
      },
    });
    expect(run.status, `exit code with ${processes} process(es)\n${run.stderr}`).toBe(1);
    expect(run.stderr).toContain(`[server] cannot listen on 127.0.0.1:${a.port}: EADDRINUSE`);
  }
});

test("a session and the review and resubmission of a needs report work across both instances, and on through one when the other is killed", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const seen = watch(page);

  // The Statsforvalter signs in: the sign-in action sets the session cookie on one instance …
  await page.goto("/logg-inn");
  await expectAccessible(page);
  const [signIn] = await Promise.all([
    page.waitForResponse(isAction),
    page.getByRole("button", { name: "Logg inn som Jonas Berg" }).click(),
  ]);
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Jonas Berg" })).toBeVisible();
  await expectAccessible(page);
  const issuedBy = signIn.headers()["x-instance"]!;
  // … and the other one honours it.
  const honouredBy = await openOn(page, seen, REPORT, issuedBy);
  await expectAccessible(page);
  const panel = page.getByRole("heading", { name: "Behandling hos Statsforvalteren" }).locator("..");
  await expect(panel).toBeVisible();
  console.log(
    `Session: issued by instance ${issuedBy} (the sign-in action), honoured by instance ${honouredBy} (the report page)`,
  );

  // The review: server actions on whichever instance nginx picks …
  await page.getByRole("button", { name: "Start behandling" }).click();
  await expect(page.getByText("Under behandling").first()).toBeVisible();
  // … and one that is made to land on the other instance than the one that rendered the page (an internal note may be added twice).
  const note = await actOnOther(page, seen, async (attempt) => {
    await page.getByLabel("Ny merknad").fill(`Sjekk at UH-postene er beskrevet (${attempt + 1}).`);
    await page.getByRole("button", { name: "Lagre merknad" }).click();
  });
  await expect(panel.getByText(/Sjekk at UH-postene er beskrevet/).first()).toBeVisible();
  console.log(
    `Server action across instances: the report page rendered by ${note.renderedBy}, «Lagre merknad» ran on ${note.ranOn} (attempt ${note.attempts})`,
  );
  await page.getByLabel("Begrunnelse (eierne ser denne)").fill("Beskriv koordinatorens oppgaver i Tiltak 1 nærmere.");
  await page.getByRole("button", { name: "Returner til eierne" }).click();
  await expect(page.getByText("Returnert for retting").first()).toBeVisible();
  await signOut(page);

  // The owner corrects the report in the form; an autosave lands on the other instance than the one that rendered the form.
  await signInAsDemo(page, "Kari Nordvik");
  await page.goto(REPORT);
  await expectAccessible(page);
  await expect(page.getByText("Beskriv koordinatorens oppgaver i Tiltak 1 nærmere.")).toBeVisible();
  await page.getByRole("link", { name: "Rediger" }).click();
  await expect(page).toHaveURL(/\/rediger$/);
  await expectAccessible(page);
  const coordinator = page.locator("#tiltak-1").getByLabel("Beskriv koordinatorens oppgaver");
  const autosave = await actOnOther(page, seen, (attempt) =>
    coordinator.fill(`Koordinatoren leder arbeidsgruppa${".".repeat(attempt + 1)}`),
  );
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible();
  console.log(
    `Autosave across instances: the form rendered by ${autosave.renderedBy}, saved on ${autosave.ranOn} (attempt ${autosave.attempts})`,
  );

  // The instance that rendered her form dies (SIGKILL, no goodbye) while she is in it.
  const victim = pageInstance(seen);
  const survivor = cluster.instances.find((i) => i.id !== victim)!.id;
  // (A request under way at that moment would be lost with it: nginx repeats a GET on the other instance, never a POST.)
  await cluster.instances.find((i) => i.id === victim)!.kill();
  const afterKill = seen.length;
  // Two POSTs at once, so one of them gets the dead instance's turn: nginx cannot connect and hands it to the survivor (nothing was sent yet).
  for (const res of await Promise.all([0, 1].map(() => page.request.post("/api/jobs/arsrapport-paminnelser")))) {
    expect(res.status(), "a POST after the kill").toBeLessThan(500);
    expect(res.headers()["x-instance"]).toBe(survivor);
  }

  // She goes on: the next autosave, the check page and the submit reach the survivor, with the same session.
  const [saved] = await Promise.all([
    page.waitForResponse(isAction),
    coordinator.fill("Koordinatoren leder arbeidsgruppa og følger opp enhetene."),
  ]);
  expect(saved.status()).toBe(200);
  expect(saved.headers()["x-instance"], "the autosave after the kill").toBe(survivor);
  await expect(page.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible();
  await page.getByRole("link", { name: "Kontroller og send inn" }).click();
  await expect(page).toHaveURL(/\/send-inn$/);
  await expect(page.getByRole("button", { name: "Send inn behovsmeldingen" }).first()).toBeVisible();
  await expect(page.getByText("Rett opp dette før du sender inn:")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send inn behovsmeldingen" }).first().click();
  await expect(page.getByText("Behovsmeldingen er sendt inn som versjon 2.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The Statsforvalter finishes the review on the one instance left.
  await signInAsDemo(page, "Jonas Berg");
  await page.goto(REPORT);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start behandling" }).click();
  await expect(page.getByText("Under behandling").first()).toBeVisible();
  await page.getByRole("button", { name: "Merk som gjennomgått" }).click();
  await expect(page.getByText(/Gjennomgått .* av Jonas Berg/).first()).toBeVisible();

  const after = seen.slice(afterKill);
  expect(new Set(after.map((s) => s.instance)), "after the kill only the survivor answers").toEqual(
    new Set([survivor]),
  );
  expect(
    after.filter((s) => s.status >= 500),
    "no server error after the kill",
  ).toEqual([]);
  expect(
    after.filter((s) => s.action).length,
    "server actions after the kill (autosave, submit, sign-out, sign-in, review)",
  ).toBeGreaterThanOrEqual(6);
  expect(page.url()).toContain(REPORT);
  const passedOn = cluster.served().filter((r) => r.tried.length > 1);
  expect(passedOn.length, "requests nginx passed on from the dead instance to the survivor").toBeGreaterThan(0);
  expect(passedOn.every((r) => r.tried.join() === `${victim},${survivor}` && r.status < 500)).toBe(true);
  console.log(
    `Killed instance ${victim} in the middle of the edit; ${after.length} responses after that, all from ${survivor}, ${after.filter((s) => s.action).length} of them server actions`,
  );

  // Before the kill each instance both rendered signed-in pages and ran server actions for the other's pages.
  expect(new Set([note.renderedBy, note.ranOn])).toEqual(new Set(["a", "b"]));
  expect(new Set([autosave.renderedBy, autosave.ranOn])).toEqual(new Set(["a", "b"]));
});
