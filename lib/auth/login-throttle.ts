import { db } from "../db/client.ts";

// Counters live in Postgres and windows come from the database clock, so every app instance behind
// the load balancer enforces the same limit.
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  failuresPerAccount: 5,
  failuresPerAddress: 30,
} as const;

export interface LoginSubject {
  email: string;
  ip: string;
}

function throttleKeys({ email, ip }: LoginSubject): { account: string; address: string } {
  return { account: `account:${email.toLowerCase()}`, address: `ip:${ip}` };
}

const currentWindow = () =>
  db().$queryRaw<{ window_start: Date }[]>`
    SELECT date_bin(make_interval(mins => ${LOGIN_LIMITS.windowMinutes}::int), now(), TIMESTAMPTZ '2000-01-01') AS window_start`;

/** True while the account or the address has used up its failed attempts for this window. */
export async function isLoginThrottled(subject: LoginSubject): Promise<boolean> {
  const { account, address } = throttleKeys(subject);
  const [{ window_start }] = await currentWindow();
  const rows = await db().loginThrottle.findMany({
    where: { key: { in: [account, address] }, windowStart: window_start },
  });
  const failures = (key: string) => rows.find((row) => row.key === key)?.failures ?? 0;
  return failures(account) >= LOGIN_LIMITS.failuresPerAccount || failures(address) >= LOGIN_LIMITS.failuresPerAddress;
}

export async function recordLoginFailure(subject: LoginSubject): Promise<void> {
  const { account, address } = throttleKeys(subject);
  await db().$executeRaw`
    INSERT INTO login_throttle (key, window_start, failures)
    SELECT key, date_bin(make_interval(mins => ${LOGIN_LIMITS.windowMinutes}::int), now(), TIMESTAMPTZ '2000-01-01'), 1
    FROM unnest(${[account, address]}::text[]) AS key
    ON CONFLICT (key, window_start) DO UPDATE SET failures = login_throttle.failures + 1`;
  await db().$executeRaw`DELETE FROM login_throttle WHERE window_start < now() - interval '1 day'`;
}

/** A successful sign-in clears the account's count; the address keeps its count. */
export async function clearAccountFailures(email: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: throttleKeys({ email, ip: "" }).account } });
}
