import { findUserForLogin, type ActiveUser } from "../users/queries.ts";
import { emailSchema } from "../users/schemas.ts";
import { clearAccountFailures, isLoginThrottled, LOGIN_LIMITS, recordLoginFailure } from "./login-throttle.ts";
import { verifyAgainstDecoy, verifyPassword } from "../users/password.ts";

export const LOGIN_ERRORS = {
  invalid: "Email or password is incorrect.",
  throttled: `Too many sign-in attempts. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or ask an admin to reset your password.`,
} as const;

export type LoginResult = { ok: true; user: ActiveUser } | { ok: false; error: string };

/**
 * Checks a sign-in. Unknown emails, disabled accounts and wrong passwords get the same message and
 * take the same time, so the answer never tells whether an account exists.
 */
export async function authenticate(input: { email: unknown; password: unknown; ip: string }): Promise<LoginResult> {
  const email = emailSchema.safeParse(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  if (!email.success || !password) return { ok: false, error: LOGIN_ERRORS.invalid };

  const subject = { email: email.data, ip: input.ip };
  if (await isLoginThrottled(subject)) return { ok: false, error: LOGIN_ERRORS.throttled };

  const user = await findUserForLogin(email.data);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await recordLoginFailure(subject);
    return { ok: false, error: LOGIN_ERRORS.invalid };
  }
  await clearAccountFailures(email.data);
  const { passwordHash: _, ...activeUser } = user;
  return { ok: true, user: activeUser };
}
