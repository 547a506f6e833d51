import { db } from "../db/client.ts";
import { LOGIN_POLICY, loginWaitSeconds } from "./login-policy.ts";

export interface LoginLock {
  subject: string; // an email, or an address
  failures: number;
  others: number; // addresses an account failed from, or accounts an address failed for
  lastFailedAt: Date;
  waitSeconds: number; // the longest wait running now for any of its pairs; 0 when none is
}

interface PairRow {
  now: Date;
  email: string;
  address: string;
  pair_count: number;
  pair_last: Date;
  account_count: number;
  address_count: number;
  address_last: Date;
}

const pairRows = () => db().$queryRaw<PairRow[]>`
  WITH pairs AS (
    SELECT email, address, count(*)::int AS pair_count, max(failed_at) AS pair_last
    FROM login_failures
    WHERE failed_at > now() - make_interval(mins => ${LOGIN_POLICY.windowMinutes}::int)
    GROUP BY email, address
  )
  SELECT now() AS now, email, address, pair_count, pair_last,
    sum(pair_count) OVER (PARTITION BY email)::int AS account_count,
    sum(pair_count) OVER (PARTITION BY address)::int AS address_count,
    max(pair_last) OVER (PARTITION BY address) AS address_last
  FROM pairs`;

function gather(
  rows: (PairRow & { wait: number })[],
  key: "email" | "address",
  other: "email" | "address",
  listedFrom: number,
) {
  const locks = new Map<string, LoginLock & { seen: Set<string> }>();
  for (const row of rows) {
    const lock = locks.get(row[key]) ?? {
      subject: row[key],
      failures: 0,
      others: 0,
      lastFailedAt: row.pair_last,
      waitSeconds: 0,
      seen: new Set<string>(),
    };
    lock.failures += row.pair_count;
    lock.seen.add(row[other]);
    lock.others = lock.seen.size;
    if (row.pair_last > lock.lastFailedAt) lock.lastFailedAt = row.pair_last;
    lock.waitSeconds = Math.max(lock.waitSeconds, row.wait);
    locks.set(row[key], lock);
  }
  return [...locks.values()]
    .filter((lock) => lock.waitSeconds > 0 || lock.failures >= listedFrom)
    .map(({ seen: _, ...lock }) => lock)
    .sort((a, b) => b.waitSeconds - a.waitSeconds || b.failures - a.failures);
}

/**
 * Accounts and addresses that someone is made to wait for now, or that failed often enough that the next
 * failure will bring a wait: for admins to look at and clear.
 */
export async function listLoginLocks(): Promise<{ accounts: LoginLock[]; addresses: LoginLock[] }> {
  const rows = (await pairRows()).map((row) => ({
    ...row,
    wait: loginWaitSeconds({
      now: row.now,
      pair: { count: row.pair_count, last: row.pair_last },
      account: { count: row.account_count, last: null },
      address: { count: row.address_count, last: row.address_last },
    }),
  }));
  return {
    accounts: gather(rows, "email", "address", LOGIN_POLICY.pair.freeFailures),
    addresses: gather(rows, "address", "email", LOGIN_POLICY.address.freeFailures),
  };
}
