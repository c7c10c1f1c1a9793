/** Per test file: a fresh database cloned from the migrated template. */
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import pg from "pg";
import { withDatabase } from "../../scripts/lib/database-url.mjs";

const adminUrl = process.env.KP_ADMIN_URL ?? "";
const template = process.env.KP_TEMPLATE_DB ?? "kp_it_tpl";
const name = `${template.replace(/_tpl$/, "")}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// CREATE DATABASE … TEMPLATE fails while another clone of the template is being made; retry briefly.
for (let attempt = 0; ; attempt++) {
  try {
    await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    break;
  } catch (e) {
    if (attempt >= 20) throw e;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
process.env.DATABASE_URL = withDatabase(adminUrl, name);
// Calendar feed links are signed with it.
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
