import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.FRAMEWISE_TRUSTED_PROXIES;
  });

  it("takes the address the load balancer appended, not one the client wrote", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
  });

  it("counts back one hop per trusted proxy", () => {
    process.env.FRAMEWISE_TRUSTED_PROXIES = "2";
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.5" })).toBe("203.0.113.9");
  });

  it("says unknown when there is no header", () => {
    expect(clientAddress({})).toBe("unknown");
  });
});
