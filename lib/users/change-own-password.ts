import { LOGIN_ERRORS } from "../auth/authenticate.ts";
import { checkPasswordGuess } from "../auth/check-password-guess.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { LoginUser } from "./queries.ts";
import { UserAdminError } from "./user-admin-error.ts";

/**
 * A signed-in user replaces their password, proving they know the current one from `address`: that proof is
 * throttled like a sign-in (a wrong one counts as a failed sign-in of the account from there). Every session,
 * this one included, ends; the caller issues this browser a fresh session from the user returned.
 */
export async function changeOwnPassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<LoginUser> {
  const { passwordHash: stored, email } = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true },
  });
  const guess = await checkPasswordGuess({ email: email.toLowerCase(), address }, () =>
    verifyPassword(stored, input.currentPassword),
  );
  if (!guess.ok && guess.retryAfterSeconds) throw new UserAdminError(LOGIN_ERRORS.throttled(guess.retryAfterSeconds));
  if (!guess.ok) throw new UserAdminError("Your current password is not right.");
  if (input.newPassword === input.currentPassword)
    throw new UserAdminError("Choose a new password, not the one you have now.");
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    const user = await tx.user.update({
      // Only if the password is still the one just checked: two changes at once cannot both win.
      where: { id: userId, passwordHash: stored, disabledAt: null },
      data: { passwordHash, mustChangePassword: false, sessionGeneration: { increment: 1 } },
      select: { id: true, email: true, name: true, role: true, sessionGeneration: true, mustChangePassword: true },
    });
    await recordAudit(tx, { actorId: userId, action: "user.password_change", entityType: "user", entityId: userId });
    return user;
  });
}
