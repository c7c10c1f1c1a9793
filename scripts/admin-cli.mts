/**
 * Run by scripts/admin.mjs (`npm run admin -- …`) with DATABASE_URL set and
 * the migrations applied. Commands:
 *
 *   invite <e-mail> [--name "Full Name"]   an invitation to be national administrator; prints the link
 */
import { z } from "zod";
import { inviteFirstAdministrator } from "@/lib/access/mutations";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { db } from "@/lib/db";

const [command, ...rest] = process.argv.slice(2);
const usage = 'Bruk: npm run admin -- invite <e-post> [--name "Fullt navn"]';

function option(name: string): string | undefined {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
}

if (command !== "invite") {
  console.error(usage);
  process.exit(2);
}
const email = z.email().safeParse(
  rest
    .find((a) => !a.startsWith("--") && a !== option("name"))
    ?.trim()
    .toLowerCase(),
);
if (!email.success) {
  console.error(`Ugyldig eller manglende e-postadresse. ${usage}`);
  process.exit(2);
}
const name = option("name")?.trim() || email.data.slice(0, email.data.indexOf("@"));
const invitation = await inviteFirstAdministrator({ email: email.data, name });
const sent = process.env.SMTP_URL ? await deliverPendingMail() : 0;
console.log(
  `Invitasjon til nasjonal administrator for ${name} <${email.data}>, gyldig til ${invitation.expiresAt.toISOString()}:`,
);
console.log(invitation.url);
if (sent > 0) console.log(`Sendt på e-post til ${email.data}.`);
else
  console.log(
    "Ikke sendt på e-post (SMTP_URL er ikke satt, eller sendingen venter i utboksen): gi lenken til personen selv.",
  );
await db.$disconnect();
