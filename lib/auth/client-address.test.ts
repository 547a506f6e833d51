import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";
import { PEER_ADDRESS_HEADER } from "./peer-address-header.ts";

const from = (peer: string, forwardedFor?: string) => ({
  [PEER_ADDRESS_HEADER]: peer,
  "x-forwarded-for": forwardedFor,
});

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.FRAMEWISE_TRUSTED_PROXIES;
  });

  it("with no trusted proxy, takes the socket's address and ignores a forged X-Forwarded-For", () => {
    expect(clientAddress(from("203.0.113.9", "6.6.6.6"))).toBe("203.0.113.9");
  });

  it("behind a trusted proxy, takes the address the proxy appended, not one the client wrote", () => {
    process.env.FRAMEWISE_TRUSTED_PROXIES = "10.0.0.0/8";
    expect(clientAddress(from("10.0.0.5", "6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
  });

  it("skips a chain of trusted proxies, IPv4 and IPv6, listed as ranges or single addresses", () => {
    process.env.FRAMEWISE_TRUSTED_PROXIES = "10.0.0.0/8, 2001:db8::1";
    expect(clientAddress(from("2001:db8::1", "6.6.6.6, 203.0.113.9, 10.1.2.3"))).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    process.env.FRAMEWISE_TRUSTED_PROXIES = "10.0.0.0/8";
    expect(clientAddress(from("198.51.100.7", "10.0.0.9"))).toBe("198.51.100.7");
  });

  it("stops at garbage in the header and keeps the last address a trusted proxy gave", () => {
    process.env.FRAMEWISE_TRUSTED_PROXIES = "10.0.0.0/8";
    expect(clientAddress(from("10.0.0.5", "not-an-address"))).toBe("10.0.0.5");
  });

  it("writes IPv4-mapped IPv6 socket addresses as IPv4", () => {
    expect(clientAddress(from("::ffff:192.0.2.1"))).toBe("192.0.2.1");
  });

  it("reads Fetch Headers as well as Node's header object", () => {
    expect(clientAddress(new Headers(from("192.0.2.4", "6.6.6.6") as Record<string, string>))).toBe("192.0.2.4");
  });

  it("says unknown when the request did not come through Framewise's server", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6" })).toBe("unknown");
  });
});
