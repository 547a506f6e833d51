import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { TEST_PASSWORD, makeUser } from "../../test/factories.ts";
import { authenticate } from "./authenticate.ts";
import { clearLoginFailures } from "./clear-login-failures.ts";
import { listLoginLocks } from "./list-login-locks.ts";
import { LOGIN_POLICY } from "./login-policy.ts";

const fail = (email: string, address: string) => authenticate({ email, password: "wrong password", address });

describe("login locks", () => {
  it("lists the accounts someone is waiting on, and an admin's clearing lets the owner straight in", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    for (let attempt = 0; attempt < LOGIN_POLICY.pair.freeFailures; attempt++) await fail(user.email, "10.9.0.1");
    await fail("someone@test.example", "10.9.0.2");

    const { accounts } = await listLoginLocks();
    expect(accounts).toEqual([
      expect.objectContaining({ subject: user.email, failures: LOGIN_POLICY.pair.freeFailures, others: 1 }),
    ]);
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, address: "10.9.0.1" })).ok).toBe(false);

    expect(await clearLoginFailures({ email: user.email }, admin.id)).toBe(LOGIN_POLICY.pair.freeFailures);
    expect((await listLoginLocks()).accounts).toEqual([]);
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, address: "10.9.0.1" })).ok).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "login.clear" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "login_account", entityId: user.email });
  });

  it("lists a slowed address with the number of accounts it tried, and clears it", async () => {
    const admin = await makeUser("ADMIN");
    await db().loginFailure.createMany({
      data: Array.from({ length: LOGIN_POLICY.address.freeFailures }, (_, index) => ({
        email: `sprayed${index % 5}@test.example`,
        address: "203.0.113.66",
      })),
    });
    const { addresses } = await listLoginLocks();
    expect(addresses).toEqual([
      expect.objectContaining({ subject: "203.0.113.66", failures: LOGIN_POLICY.address.freeFailures, others: 5 }),
    ]);
    await clearLoginFailures({ address: "203.0.113.66" }, admin.id);
    expect((await listLoginLocks()).addresses).toEqual([]);
  });
});
