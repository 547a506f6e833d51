import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { TEST_PASSWORD, makeUser } from "../../test/factories.ts";
import { authenticate, LOGIN_ERRORS } from "./authenticate.ts";
import { LOGIN_LIMITS } from "./login-throttle.ts";

const fromAddress = (ip: string) => ({ ip });

describe("authenticate", () => {
  it("accepts the right password, case-insensitive email, and returns the role", async () => {
    const user = await makeUser("EDITOR");
    const result = await authenticate({
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      ...fromAddress("10.0.0.1"),
    });
    expect(result).toEqual({ ok: true, user });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await makeUser();
    const wrongPassword = await authenticate({
      email: user.email,
      password: "nope nope nope",
      ...fromAddress("10.0.0.2"),
    });
    const unknownEmail = await authenticate({
      email: "nobody@test.example",
      password: TEST_PASSWORD,
      ...fromAddress("10.0.0.2"),
    });
    expect(wrongPassword).toEqual({ ok: false, error: LOGIN_ERRORS.invalid });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses disabled accounts with the same message", async () => {
    const user = await makeUser();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ...fromAddress("10.0.0.3") });
    expect(result).toEqual({ ok: false, error: LOGIN_ERRORS.invalid });
  });

  it("locks an account after too many failures, even from many addresses and with the right password", async () => {
    const user = await makeUser();
    for (let attempt = 0; attempt < LOGIN_LIMITS.failuresPerAccount; attempt++) {
      await authenticate({ email: user.email, password: "wrong password", ...fromAddress(`10.1.0.${attempt}`) });
    }
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD, ...fromAddress("10.1.1.1") });
    expect(result).toEqual({ ok: false, error: LOGIN_ERRORS.throttled });
  });

  it("locks an address that tries many accounts, without locking those accounts elsewhere", async () => {
    const user = await makeUser();
    for (let attempt = 0; attempt < LOGIN_LIMITS.failuresPerAddress; attempt++) {
      await authenticate({
        email: `guess${attempt}@test.example`,
        password: "wrong password",
        ...fromAddress("10.2.0.1"),
      });
    }
    const fromSprayer = await authenticate({ email: user.email, password: TEST_PASSWORD, ...fromAddress("10.2.0.1") });
    const fromElsewhere = await authenticate({
      email: user.email,
      password: TEST_PASSWORD,
      ...fromAddress("10.2.0.2"),
    });
    expect(fromSprayer).toEqual({ ok: false, error: LOGIN_ERRORS.throttled });
    expect(fromElsewhere.ok).toBe(true);
  });

  it("keeps its counters in Postgres, where every app instance sees them", async () => {
    const user = await makeUser();
    await authenticate({ email: user.email, password: "wrong password", ...fromAddress("10.3.0.1") });
    const rows = await db().loginThrottle.findMany({
      where: { key: { in: [`account:${user.email}`, "ip:10.3.0.1"] } },
    });
    expect(rows.map((row) => row.failures)).toEqual([1, 1]);
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const user = await makeUser();
    await authenticate({ email: user.email, password: "wrong password", ...fromAddress("10.4.0.1") });
    await authenticate({ email: user.email, password: TEST_PASSWORD, ...fromAddress("10.4.0.1") });
    expect(await db().loginThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });
});
