/**
 * The demo login lets anyone sign in as anyone. It may only run on the
 * machine it is shown on: with DEMO_LOGIN on, the portal refuses to start
 * unless AUTH_URL points to this machine (localhost). Pure, so it is tested
 * without starting a server; called from instrumentation.ts at start-up.
 */
const LOCAL = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function demoLoginProblem(env: { DEMO_LOGIN?: string; AUTH_URL?: string }): string | null {
  const on = ["1", "true", "yes"].includes((env.DEMO_LOGIN ?? "").toLowerCase());
  if (!on) return null;
  let host: string | null = null;
  try {
    host = env.AUTH_URL ? new URL(env.AUTH_URL).hostname : null;
  } catch {
    host = null;
  }
  if (host && LOCAL.has(host)) return null;
  return `DEMO_LOGIN er slått på, men AUTH_URL (${env.AUTH_URL ?? "ikke satt"}) er ikke localhost. Demoinnloggingen lar hvem som helst logge inn som hvem som helst og kan bare brukes lokalt. Fjern DEMO_LOGIN, eller sett AUTH_URL til http://localhost:<port>.`;
}
