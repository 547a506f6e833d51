import { forgetPairFailures } from "./forget-pair-failures.ts";
import { loginWaitSeconds } from "./login-policy.ts";
import { readLoginPressure, type LoginAttempt } from "./read-login-pressure.ts";
import { recordLoginFailure } from "./record-login-failure.ts";

/** `retryAfterSeconds`: the wait that refused the guess unchecked; null when it was checked and wrong. */
export type GuessOutcome = { ok: true } | { ok: false; retryAfterSeconds: number | null };

/**
 * Checks a password guess for an account from an address under the sign-in policy (LOGIN_POLICY): while a wait
 * runs the guess is not even checked, a wrong one counts as a failed sign-in, a right one forgives the pair's
 * earlier failures. Signing in and proving the current password on the account page both come through here, so
 * a stolen session cannot guess the password faster than the login form allows.
 */
export async function checkPasswordGuess(attempt: LoginAttempt, check: () => Promise<boolean>): Promise<GuessOutcome> {
  const wait = loginWaitSeconds(await readLoginPressure(attempt));
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  if (!(await check())) {
    await recordLoginFailure(attempt);
    return { ok: false, retryAfterSeconds: null };
  }
  await forgetPairFailures(attempt);
  return { ok: true };
}
