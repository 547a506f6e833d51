import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { TEST_PASSWORD, makeUser } from "../../test/factories.ts";
import { authenticate, LOGIN_ERRORS } from "./authenticate.ts";
import { clientAddress } from "./client-address.ts";
import { LOGIN_POLICY } from "./login-policy.ts";
import { PEER_ADDRESS_HEADER } from "./peer-address-header.ts";

const WRONG = "wrong password";
const tryFrom = (address: string, email: string, password = WRONG) => authenticate({ email, password, address });

/** Moves every failure of an account `minutes` into the past, as if that much time had gone by. */
const age = (email: string, minutes: number) =>
  db()
    .$executeRaw`UPDATE login_failures SET failed_at = failed_at - make_interval(mins => ${minutes}::int) WHERE email = ${email}`;

async function failTimes(count: number, address: (attempt: number) => string, email: (attempt: number) => string) {
  for (let attempt = 0; attempt < count; attempt++) await tryFrom(address(attempt), email(attempt));
}

describe("authenticate", () => {
  it("accepts the right password, case-insensitive email, and returns the session's facts", async () => {
    const user = await makeUser("EDITOR");
    const result = await tryFrom("10.0.0.1", user.email.toUpperCase(), TEST_PASSWORD);
    expect(result).toEqual({ ok: true, user: { ...user, sessionGeneration: 1, mustChangePassword: false } });
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const answers = await Promise.all([
      tryFrom("10.0.0.2", user.email),
      tryFrom("10.0.0.2", "nobody@test.example", TEST_PASSWORD),
      tryFrom("10.0.0.2", disabled.email, TEST_PASSWORD),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, error: LOGIN_ERRORS.invalid });
  });

  it("after a pair's free failures refuses even the right password with the wait, and lets it in after", async () => {
    const user = await makeUser();
    await failTimes(
      LOGIN_POLICY.pair.freeFailures,
      () => "10.1.0.1",
      () => user.email,
    );
    const during = await tryFrom("10.1.0.1", user.email, TEST_PASSWORD);
    expect(during).toEqual({
      ok: false,
      error: LOGIN_ERRORS.throttled(LOGIN_POLICY.pair.firstWaitSeconds),
      retryAfterSeconds: LOGIN_POLICY.pair.firstWaitSeconds,
    });
    await age(user.email, 1);
    expect((await tryFrom("10.1.0.1", user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("lets the owner in from a clean address while an attacker hammers the account from many", async () => {
    const user = await makeUser();
    await failTimes(
      LOGIN_POLICY.account.freeFailures,
      (attempt) => `10.2.0.${attempt}`,
      () => user.email,
    );
    // Under attack, one failure from a further address already costs it the account's long wait.
    await tryFrom("10.2.1.1", user.email);
    const attackerAgain = await tryFrom("10.2.1.1", user.email, TEST_PASSWORD);
    expect(attackerAgain).toMatchObject({ ok: false });
    expect(attackerAgain.ok || attackerAgain.retryAfterSeconds).toBeGreaterThan(
      LOGIN_POLICY.account.firstWaitSeconds - 3,
    );
    expect((await tryFrom("192.0.2.50", user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("counts a forged X-Forwarded-For against the socket's address: spraying from one place is slowed", async () => {
    const forged = (attempt: number) =>
      clientAddress({ [PEER_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": `6.6.${attempt}.6` });
    await failTimes(LOGIN_POLICY.address.freeFailures, forged, (attempt) => `guess${attempt}@test.example`);
    const user = await makeUser();
    const fromSprayer = await tryFrom(forged(999), user.email, TEST_PASSWORD);
    expect(fromSprayer).toMatchObject({ ok: false, retryAfterSeconds: LOGIN_POLICY.address.firstWaitSeconds });
    expect((await tryFrom("198.51.100.10", user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("refuses a double burst at a window's edge: a burst just inside the window counts with the next", async () => {
    const user = await makeUser();
    const burst = LOGIN_POLICY.account.freeFailures;
    await failTimes(
      burst,
      (attempt) => `10.3.0.${attempt}`,
      () => user.email,
    );
    await age(user.email, LOGIN_POLICY.windowMinutes - 1);
    await tryFrom("10.3.1.1", user.email);
    const next = await tryFrom("10.3.1.1", user.email, TEST_PASSWORD);
    expect(next).toMatchObject({ ok: false, retryAfterSeconds: LOGIN_POLICY.account.firstWaitSeconds });
  });

  it("forgets failures once they are older than the window, and purges day-old rows", async () => {
    const user = await makeUser();
    await failTimes(
      LOGIN_POLICY.pair.freeFailures + 2,
      () => "10.4.0.1",
      () => user.email,
    );
    await age(user.email, LOGIN_POLICY.windowMinutes + 1);
    expect((await tryFrom("10.4.0.1", user.email, TEST_PASSWORD)).ok).toBe(true);

    await tryFrom("10.4.0.2", user.email);
    await age(user.email, 25 * 60);
    await tryFrom("10.4.0.3", "someone-else@test.example");
    expect(await db().loginFailure.count({ where: { email: user.email } })).toBe(0);
  });

  it("after a successful sign-in forgets that address's failures for the account, not other addresses'", async () => {
    const user = await makeUser();
    await tryFrom("10.5.0.1", user.email);
    await tryFrom("10.5.0.2", user.email);
    await tryFrom("10.5.0.1", user.email, TEST_PASSWORD);
    const left = await db().loginFailure.findMany({ where: { email: user.email }, select: { address: true } });
    expect(left).toEqual([{ address: "10.5.0.2" }]);
  });

  it("stores a stronger hash when a user signs in with one made by weaker parameters", async () => {
    const user = await makeUser();
    const weak = await hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await db().user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expect((await tryFrom("10.6.0.1", user.email, TEST_PASSWORD)).ok).toBe(true);
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await tryFrom("10.6.0.1", user.email, TEST_PASSWORD)).ok).toBe(true);
  });
});
