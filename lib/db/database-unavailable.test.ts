import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("sees an unreachable database through Prisma's and the adapter's wrappers", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    const adapter = { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } };
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: adapter } })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { kind: "postgres", originalCode: "57P01" } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves refusals and bugs alone", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable({ cause: { kind: "postgres", originalCode: "22012" } })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
