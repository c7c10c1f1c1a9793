/**
 * A separate Node process that runs one write of the portal and is killed
 * in the middle of it by tests/integration/crash.test.ts. Run with
 * `node --conditions=react-server --import tsx` (server-only modules resolve
 * to nothing under that condition, as in the server).
 */
import { loadActor } from "@/lib/auth/load-actor";
import { submitNeedsReport } from "@/lib/needs-reports/mutations";
import { decideAllocation } from "@/lib/allocations/mutations";

const [op, raw] = process.argv.slice(2);
const input = JSON.parse(raw ?? "{}");
const actor = await loadActor(input.personId);
if (!actor) throw new Error("no actor");
console.log("started");
if (op === "submit") await submitNeedsReport(actor, input.id, input.version, new Date(input.now));
else if (op === "allocate") await decideAllocation(actor, input.input, new Date(input.now));
else throw new Error(`unknown op ${op}`);
console.log("done");
process.exit(0);
