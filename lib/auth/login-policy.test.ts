import { describe, expect, it } from "vitest";
import { backoffSeconds, LOGIN_POLICY, loginWaitSeconds, type LoginPressure } from "./login-policy.ts";

const now = new Date("2026-03-01T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const none = { count: 0, last: null };
const pressure = (overrides: Partial<LoginPressure>): LoginPressure => ({
  now,
  pair: none,
  account: none,
  address: none,
  ...overrides,
});

describe("backoffSeconds", () => {
  it("is free for the first failures, then doubles up to its ceiling", () => {
    const waits = [0, 1, 2, 3, 4, 5, 20].map((count) => backoffSeconds(count, LOGIN_POLICY.pair));
    expect(waits).toEqual([0, 0, 0, 15, 30, 60, LOGIN_POLICY.pair.maxWaitSeconds]);
  });

  it("never overflows for huge counts", () => {
    expect(backoffSeconds(1_000_000, LOGIN_POLICY.address)).toBe(LOGIN_POLICY.address.maxWaitSeconds);
  });
});

describe("loginWaitSeconds", () => {
  it("lets a clean sign-in through", () => {
    expect(loginWaitSeconds(pressure({}))).toBe(0);
  });

  it("lets the free failures of a pair through, then counts the wait from the last failure", () => {
    const free = LOGIN_POLICY.pair.freeFailures;
    expect(loginWaitSeconds(pressure({ pair: { count: free - 1, last: secondsAgo(0) } }))).toBe(0);
    expect(loginWaitSeconds(pressure({ pair: { count: free, last: secondsAgo(0) } }))).toBe(15);
    expect(loginWaitSeconds(pressure({ pair: { count: free + 3, last: secondsAgo(5) } }))).toBe(115);
    expect(loginWaitSeconds(pressure({ pair: { count: free + 3, last: secondsAgo(121) } }))).toBe(0);
  });

  it("never holds back the owner's clean address, however hard the account is hammered elsewhere", () => {
    const hammered = { count: 10_000, last: secondsAgo(0) };
    expect(loginWaitSeconds(pressure({ account: hammered }))).toBe(0);
  });

  it("makes every address that failed for a hammered account wait the account's longer wait", () => {
    const account = { count: LOGIN_POLICY.account.freeFailures, last: secondsAgo(0) };
    const wait = loginWaitSeconds(pressure({ account, pair: { count: 1, last: secondsAgo(0) } }));
    expect(wait).toBe(LOGIN_POLICY.account.firstWaitSeconds);
  });

  it("slows a whole address only past its far higher ceiling, for every account", () => {
    const free = LOGIN_POLICY.address.freeFailures;
    expect(loginWaitSeconds(pressure({ address: { count: free - 1, last: secondsAgo(0) } }))).toBe(0);
    expect(loginWaitSeconds(pressure({ address: { count: free + 2, last: secondsAgo(1) } }))).toBe(7);
  });

  it("takes the longest of the waits that apply", () => {
    const wait = loginWaitSeconds(
      pressure({
        pair: { count: LOGIN_POLICY.pair.freeFailures, last: secondsAgo(0) },
        address: { count: LOGIN_POLICY.address.freeFailures + 4, last: secondsAgo(0) },
      }),
    );
    expect(wait).toBe(32);
  });
});
