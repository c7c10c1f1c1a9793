import { demoLoginProblem } from "@/lib/demo-guard";

/** Runs once when a server instance starts: refuse to start with the demo login anywhere but on localhost. */
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const problem = demoLoginProblem({ DEMO_LOGIN: process.env.DEMO_LOGIN, AUTH_URL: process.env.AUTH_URL });
  if (problem) {
    console.error(`[oppstart] ${problem}`);
    process.exit(1);
  }
}
