import { db } from "../db/client.ts";
import { LOGIN_POLICY, type LoginPressure } from "./login-policy.ts";

export interface LoginAttempt {
  email: string; // lower-cased
  address: string;
}

interface PressureRow {
  now: Date;
  pair_count: number;
  pair_last: Date | null;
  account_count: number;
  account_last: Date | null;
  address_count: number;
  address_last: Date | null;
}

/**
 * The failures inside the sliding window for this attempt's pair, account and address, counted by Postgres
 * with its own clock so every app instance agrees.
 */
export async function readLoginPressure({ email, address }: LoginAttempt): Promise<LoginPressure> {
  const [row] = await db().$queryRaw<PressureRow[]>`
    WITH recent AS (
      SELECT email, address, failed_at FROM login_failures
      WHERE failed_at > now() - make_interval(mins => ${LOGIN_POLICY.windowMinutes}::int)
        AND (email = ${email} OR address = ${address})
    )
    SELECT now() AS now,
      count(*) FILTER (WHERE email = ${email} AND address = ${address})::int AS pair_count,
      max(failed_at) FILTER (WHERE email = ${email} AND address = ${address}) AS pair_last,
      count(*) FILTER (WHERE email = ${email})::int AS account_count,
      max(failed_at) FILTER (WHERE email = ${email}) AS account_last,
      count(*) FILTER (WHERE address = ${address})::int AS address_count,
      max(failed_at) FILTER (WHERE address = ${address}) AS address_last
    FROM recent`;
  return {
    now: row.now,
    pair: { count: row.pair_count, last: row.pair_last },
    account: { count: row.account_count, last: row.account_last },
    address: { count: row.address_count, last: row.address_last },
  };
}
