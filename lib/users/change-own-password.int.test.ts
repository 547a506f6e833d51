import { describe, expect, it } from "vitest";
import { TEST_PASSWORD, makeUser } from "../../test/factories.ts";
import { authenticate, LOGIN_ERRORS } from "../auth/authenticate.ts";
import { LOGIN_POLICY } from "../auth/login-policy.ts";
import { changeOwnPassword } from "./change-own-password.ts";

const NEW_PASSWORD = "a brand new passphrase";

describe("changeOwnPassword under the sign-in policy", () => {
  it("counts wrong current passwords as failed sign-ins of the pair, then refuses even the right one with the wait", async () => {
    const user = await makeUser();
    const change = (currentPassword: string, address = "198.51.100.7") =>
      changeOwnPassword(user.id, { currentPassword, newPassword: NEW_PASSWORD }, address);

    for (let attempt = 0; attempt < LOGIN_POLICY.pair.freeFailures; attempt++)
      await expect(change(`guess ${attempt}`)).rejects.toThrow("Your current password is not right.");
    const wait = LOGIN_ERRORS.throttled(LOGIN_POLICY.pair.firstWaitSeconds);
    await expect(change(TEST_PASSWORD)).rejects.toThrow(wait);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, address: "198.51.100.7" })).toMatchObject({
      ok: false,
      error: wait,
    });

    // Another address of the same person is not held back by these failures.
    await expect(change(TEST_PASSWORD, "198.51.100.8")).resolves.toMatchObject({ id: user.id });
  });
});
