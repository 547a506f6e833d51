import { findUserForLogin, type LoginUser } from "../users/queries.ts";
import { emailSchema } from "../users/schemas.ts";
import { rehashIfWeak } from "../users/rehash-if-weak.ts";
import { verifyAgainstDecoy, verifyPassword } from "../users/password.ts";
import { forgetPairFailures } from "./forget-pair-failures.ts";
import { loginWaitSeconds } from "./login-policy.ts";
import { readLoginPressure } from "./read-login-pressure.ts";
import { recordLoginFailure } from "./record-login-failure.ts";
import { formatWait } from "./format-wait.ts";

export const LOGIN_ERRORS = {
  invalid: "Email or password is incorrect.",
  throttled: (seconds: number) =>
    `Too many failed sign-ins from here. Try again in ${formatWait(seconds)}, or ask an admin to clear the lock.`,
} as const;

export type LoginResult = { ok: true; user: LoginUser } | { ok: false; error: string; retryAfterSeconds?: number };

/**
 * Checks a sign-in from `address`. Unknown emails, disabled accounts and wrong passwords get the same
 * message and take the same time, so the answer never tells whether an account exists. While a wait is
 * running the password is not even checked: a right one is refused with the wait like a wrong one.
 */
export async function authenticate(input: {
  email: unknown;
  password: unknown;
  address: string;
}): Promise<LoginResult> {
  const email = emailSchema.safeParse(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  if (!email.success || !password) return { ok: false, error: LOGIN_ERRORS.invalid };

  const attempt = { email: email.data, address: input.address };
  const wait = loginWaitSeconds(await readLoginPressure(attempt));
  if (wait > 0) return { ok: false, error: LOGIN_ERRORS.throttled(wait), retryAfterSeconds: wait };

  const user = await findUserForLogin(email.data);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await recordLoginFailure(attempt);
    return { ok: false, error: LOGIN_ERRORS.invalid };
  }
  await Promise.all([forgetPairFailures(attempt), rehashIfWeak(user.id, user.passwordHash, password)]);
  const { passwordHash: _, ...loginUser } = user;
  return { ok: true, user: loginUser };
}
