import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { TEST_PASSWORD, makeUser } from "../../test/factories.ts";
import { authenticate } from "../auth/authenticate.ts";
import { addUserWithTemporaryPassword } from "./add-user-with-temporary-password.ts";
import { changeOwnPassword } from "./change-own-password.ts";
import { changeUserRole } from "./change-user-role.ts";
import { endAllSessions } from "./end-all-sessions.ts";
import { findPasswordToken } from "./find-password-token.ts";
import { inviteUser } from "./invite-user.ts";
import { issueResetLink } from "./issue-reset-link.ts";
import { setPasswordWithToken, LINK_GONE } from "./set-password-with-token.ts";
import { setTemporaryPassword } from "./set-temporary-password.ts";
import { setUserDisabled } from "./set-user-disabled.ts";
import { UserAdminError } from "./user-admin-error.ts";

const NEW_PASSWORD = "a brand new passphrase";
const person = (role: "ADMIN" | "EDITOR" | "REVIEWER" = "REVIEWER") => ({
  email: `${crypto.randomUUID()}@test.example`,
  name: "Nia Newcomer",
  role,
});
const ADDRESS = "192.0.2.1";
const signIn = (email: string, password: string) => authenticate({ email, password, address: ADDRESS });
const generation = async (id: string) =>
  (await db().user.findUniqueOrThrow({ where: { id }, select: { sessionGeneration: true } })).sessionGeneration;
const auditActions = async (entityId: string) =>
  (await db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } })).map((entry) => entry.action);

describe("accounts", () => {
  it("an invited user cannot sign in until the one-time link sets a password, and the link works once", async () => {
    const admin = await makeUser("ADMIN");
    const invited = person();
    const { userId, token } = await inviteUser(invited, admin.id);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await signIn(invited.email, "")).ok).toBe(false);
    expect(await findPasswordToken(token)).toEqual({
      state: "ready",
      purpose: "INVITE",
      email: invited.email,
      name: invited.name,
    });

    await setPasswordWithToken(token, NEW_PASSWORD);
    expect((await signIn(invited.email, NEW_PASSWORD)).ok).toBe(true);
    expect(await findPasswordToken(token)).toEqual({ state: "used" });
    await expect(setPasswordWithToken(token, "another passphrase here")).rejects.toThrow(LINK_GONE);
    expect(await auditActions(userId)).toEqual(["user.invite", "user.password_set"]);
  });

  it("stores only the token's hash, and an expired link opens nothing", async () => {
    const admin = await makeUser("ADMIN");
    const { userId, token } = await inviteUser(person(), admin.id);
    const stored = await db().passwordToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(72 * 3600 * 1000);
    await db().passwordToken.update({ where: { tokenHash: stored.tokenHash }, data: { expiresAt: new Date(0) } });
    expect(await findPasswordToken(token)).toEqual({ state: "expired" });
    await expect(setPasswordWithToken(token, NEW_PASSWORD)).rejects.toThrow(LINK_GONE);
    expect(await findPasswordToken("made-up")).toEqual({ state: "unknown" });
  });

  it("refuses an email that already has an account", async () => {
    const admin = await makeUser("ADMIN");
    await expect(inviteUser({ ...person(), email: admin.email }, admin.id)).rejects.toThrow(UserAdminError);
  });

  it("a reset link replaces the previous one, leaves the old password working until used, then ends sessions", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    const first = await issueResetLink(user.id, admin.id);
    const second = await issueResetLink(user.id, admin.id);
    expect(await findPasswordToken(first)).toEqual({ state: "unknown" });
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    const before = await generation(user.id);
    await setPasswordWithToken(second, NEW_PASSWORD);
    expect(await generation(user.id)).toBe(before + 1);
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(false);
  });

  it("a temporary password signs in only to be replaced", async () => {
    const admin = await makeUser("ADMIN");
    const added = person("EDITOR");
    const { userId, temporaryPassword } = await addUserWithTemporaryPassword(added, admin.id);
    const first = await signIn(added.email, temporaryPassword);
    expect(first.ok && first.user.mustChangePassword).toBe(true);
    const after = await changeOwnPassword(
      userId,
      { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD },
      ADDRESS,
    );
    expect(after).toMatchObject({ mustChangePassword: false, sessionGeneration: 2 });

    const reset = await setTemporaryPassword(userId, admin.id);
    const again = await signIn(added.email, reset);
    expect(again.ok && again.user).toMatchObject({ mustChangePassword: true, sessionGeneration: 3 });
  });

  it("changing one's own password needs the current one and a different new one", async () => {
    const user = await makeUser();
    await expect(
      changeOwnPassword(user.id, { currentPassword: "wrong one", newPassword: NEW_PASSWORD }, ADDRESS),
    ).rejects.toThrow("Your current password is not right.");
    await expect(
      changeOwnPassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, ADDRESS),
    ).rejects.toThrow(UserAdminError);
    await changeOwnPassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, ADDRESS);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect(await auditActions(user.id)).toContain("user.password_change");
  });

  it("a role change, disabling and sign-out-everywhere each end the user's sessions", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    await changeUserRole(user.id, "EDITOR", admin.id);
    expect(await generation(user.id)).toBe(2);
    await setUserDisabled(user.id, true, admin.id);
    expect(await generation(user.id)).toBe(3);
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(false);
    await setUserDisabled(user.id, false, admin.id);
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    await endAllSessions(user.id, user.id);
    expect(await generation(user.id)).toBe(4);
    expect(await auditActions(user.id)).toEqual([
      "user.create",
      "user.role",
      "user.disable",
      "user.enable",
      "user.sessions_end",
    ]);
  });

  it("never removes the last active admin, and no admin disables themselves", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const admin = await makeUser("ADMIN");
    await expect(changeUserRole(admin.id, "EDITOR", admin.id)).rejects.toThrow("last active admin");
    await expect(setUserDisabled(admin.id, true, admin.id)).rejects.toThrow(UserAdminError);
    const second = await makeUser("ADMIN");
    await setUserDisabled(second.id, true, admin.id);
    await expect(changeUserRole(admin.id, "REVIEWER", admin.id)).rejects.toThrow("last active admin");
    await setUserDisabled(second.id, false, admin.id);
    await changeUserRole(admin.id, "REVIEWER", second.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("REVIEWER");
  });
});
