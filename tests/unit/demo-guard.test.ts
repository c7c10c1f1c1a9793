import { describe, expect, it } from "vitest";
import { demoLoginProblem } from "@/lib/demo-guard";

describe("the demo login cannot be enabled in production by accident", () => {
  it("is allowed only when AUTH_URL is this machine", () => {
    expect(demoLoginProblem({ DEMO_LOGIN: "1", AUTH_URL: "http://localhost:3000" })).toBeNull();
    expect(demoLoginProblem({ DEMO_LOGIN: "true", AUTH_URL: "http://127.0.0.1:3100" })).toBeNull();
    expect(demoLoginProblem({ DEMO_LOGIN: "1", AUTH_URL: "https://kompetanseportalen.statsforvalteren.no" })).toMatch(
      /ikke localhost/,
    );
    expect(demoLoginProblem({ DEMO_LOGIN: "1" })).toMatch(/ikke satt/);
    expect(demoLoginProblem({ DEMO_LOGIN: "yes", AUTH_URL: "not a url" })).not.toBeNull();
    expect(demoLoginProblem({ DEMO_LOGIN: "1", AUTH_URL: "http://localhost.evil.example" })).not.toBeNull();
  });
  it("says nothing when the demo login is off", () => {
    expect(demoLoginProblem({ AUTH_URL: "https://kompetanseportalen.statsforvalteren.no" })).toBeNull();
    expect(demoLoginProblem({ DEMO_LOGIN: "0", AUTH_URL: "https://x.example" })).toBeNull();
  });
});
