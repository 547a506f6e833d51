import { findUserForLogin, type LoginUser } from "../users/queries.ts";
import { emailSchema } from "../users/schemas.ts";
import { rehashIfWeak } from "../users/rehash-if-weak.ts";
import { verifyAgainstDecoy, verifyPassword } from "../users/password.ts";
import { checkPasswordGuess } from "./check-password-guess.ts";
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

  const user = await findUserForLogin(email.data);
  const guess = await checkPasswordGuess({ email: email.data, address: input.address }, async () =>
    user ? verifyPassword(user.passwordHash, password) : verifyAgainstDecoy(password),
  );
  if (!guess.ok && guess.retryAfterSeconds)
    return {
      ok: false,
      error: LOGIN_ERRORS.throttled(guess.retryAfterSeconds),
      retryAfterSeconds: guess.retryAfterSeconds,
    };
  if (!user || !guess.ok) return { ok: false, error: LOGIN_ERRORS.invalid };
  await rehashIfWeak(user.id, user.passwordHash, password);
  const { passwordHash: _, ...loginUser } = user;
  return { ok: true, user: loginUser };
}
