import { describe, expect, it } from "vitest";
import { classifyAddress, describeRange } from "./address-policy.ts";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.4.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["fe80::1", "linkLocal"],
    ["fe80::1%eth0", "linkLocal"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["100.64.0.1", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["192.0.2.10", "reserved"],
    ["2001:db8::1", "reserved"],
    // IPv6 forms that carry an IPv4 address are judged by the IPv4 address they reach.
    ["::ffff:10.0.0.5", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:a9fe:a9fe::1", "linkLocal"],
    ["::7f00:1", "ipv4Compatible"],
    ["2001::1", "teredo"],
    ["localhost", "invalid"],
  ])("refuses %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toEqual({ allowed: false, range });
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:93.184.216.34",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("allows public %s", (address) => {
    expect(classifyAddress(address)).toEqual({ allowed: true });
  });

  it("describes refused ranges in words a reviewer understands", () => {
    expect(describeRange("private")).toBe("a private network");
    expect(describeRange("linkLocal")).toContain("cloud metadata");
    expect(describeRange("teredo")).toBe("a special-purpose range (teredo)");
  });
});
