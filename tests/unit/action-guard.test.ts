import { describe, expect, it } from "vitest";
import { refuseAction, type ActionRequest } from "@/lib/action-guard";

const base: ActionRequest = {
  method: "POST",
  action: "40abc",
  origin: "https://portal.example.no",
  host: "portal.example.no",
  publicUrl: "https://portal.example.no",
  known: new Set(["40abc"]),
};

describe("server-action posts the proxy refuses", () => {
  it("lets a known action from the portal's own pages through", () => {
    expect(refuseAction(base)).toBeNull();
    expect(refuseAction({ ...base, origin: null })).toBeNull(); // no Origin (an old client): Next checks what it can
    expect(refuseAction({ ...base, host: "10.0.0.5:3000", origin: "https://portal.example.no" })).toBeNull(); // behind a proxy that keeps Host: the public address counts
    expect(refuseAction({ ...base, method: "GET", origin: "https://evil.example" })).toBeNull(); // not an action
    expect(refuseAction({ ...base, action: null, origin: "https://evil.example" })).toBeNull();
  });

  it("refuses another site's page with 403 and an unknown action with 404", () => {
    expect(refuseAction({ ...base, origin: "https://evil.example" })).toMatchObject({ status: 403 });
    expect(refuseAction({ ...base, origin: "https://portal.example.no.evil.example" })).toMatchObject({ status: 403 });
    expect(refuseAction({ ...base, origin: "null" })).toMatchObject({ status: 403 });
    expect(refuseAction({ ...base, action: "00000" })).toMatchObject({ status: 404 });
    expect(refuseAction({ ...base, action: "00000", known: null })).toBeNull();
  });
});
