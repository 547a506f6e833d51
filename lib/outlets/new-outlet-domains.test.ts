import { describe, expect, it } from "vitest";
import { newOutletDomains } from "./new-outlet-domains.ts";

const proposed = (name: string, domain: string | null) => ({ id: null, name, domain });

describe("newOutletDomains", () => {
  it("gives each new outlet a domain only it carries, and names who shares the others", () => {
    const domains = newOutletDomains([
      proposed("Gazette", "portal.example"),
      proposed("Ledger", "portal.example"),
      proposed("ledger", "ledger.example"),
      proposed("Solo", "solo.example"),
      { id: "stored", name: "Stored Wire", domain: "portal.example" },
      proposed("Bare", null),
      null,
    ]);
    expect(Object.fromEntries(domains)).toEqual({
      gazette: { domain: null, shared: { domain: "portal.example", with: ["Ledger"] } },
      ledger: { domain: "ledger.example", shared: { domain: "portal.example", with: ["Gazette"] } },
      solo: { domain: "solo.example", shared: null },
      bare: { domain: null, shared: null },
    });
  });
});
