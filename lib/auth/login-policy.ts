/**
 * How hard sign-in failures push back. Failures are counted over a sliding window (every failure newer than
 * `windowMinutes`, read from the database clock), so no boundary resets a count and no double burst fits.
 *
 * - pair (account × address): a few free tries, then waits that double after each failure. This is what
 *   slows one attacker guessing one person's password, and it never touches that person's other addresses.
 * - account: far more failures, from anywhere. Past that ceiling the free tries go, and every address that
 *   has already failed for the account waits far longer, so guesses spread over many addresses are slowed.
 *   An address with no recent failure for the account is never held back by it: the owner signing in from
 *   their usual, clean address gets in even while someone hammers the account from elsewhere. The price:
 *   a botnet gets one guess per fresh address per window; that is what the per-address limit is for.
 * - address: a ceiling high enough for an office behind one address, then growing waits for every sign-in
 *   from it (a password sprayer tries many accounts once each). Someone on the same address as an attacker
 *   waits too; admins can clear an address.
 */
export const LOGIN_POLICY = {
  windowMinutes: 60,
  pair: { freeFailures: 3, firstWaitSeconds: 15, maxWaitSeconds: 10 * 60 },
  account: { freeFailures: 20, firstWaitSeconds: 30, maxWaitSeconds: 30 * 60 },
  address: { freeFailures: 40, firstWaitSeconds: 2, maxWaitSeconds: 10 * 60 },
} as const;

export interface FailureCount {
  count: number;
  last: Date | null;
}

/** Recent failures (inside the window) as the database saw them at `now`. */
export interface LoginPressure {
  now: Date;
  pair: FailureCount;
  account: FailureCount;
  address: FailureCount;
}

interface Backoff {
  freeFailures: number;
  firstWaitSeconds: number;
  maxWaitSeconds: number;
}

/** Seconds to wait after the last failure once `count` failures have been made: 0 while tries are free. */
export function backoffSeconds(count: number, rule: Backoff): number {
  if (count < rule.freeFailures) return 0;
  const doublings = Math.min(count - rule.freeFailures, 30);
  return Math.min(rule.firstWaitSeconds * 2 ** doublings, rule.maxWaitSeconds);
}

function remainingSeconds(since: Date | null, waitSeconds: number, now: Date): number {
  if (!since || waitSeconds === 0) return 0;
  return Math.max(0, Math.ceil((since.getTime() + waitSeconds * 1000 - now.getTime()) / 1000));
}

/** Seconds before this account may try again from this address; 0 means the password is checked now. */
export function loginWaitSeconds({ now, pair, account, address }: LoginPressure): number {
  const accountUnderAttack = account.count >= LOGIN_POLICY.account.freeFailures;
  // Under attack, an address's first failure for the account already costs the account's (longer) wait.
  const pairWait = accountUnderAttack
    ? backoffSeconds(pair.count, { ...LOGIN_POLICY.account, freeFailures: 1 })
    : backoffSeconds(pair.count, LOGIN_POLICY.pair);
  return Math.max(
    remainingSeconds(pair.last, pairWait, now),
    remainingSeconds(address.last, backoffSeconds(address.count, LOGIN_POLICY.address), now),
  );
}
