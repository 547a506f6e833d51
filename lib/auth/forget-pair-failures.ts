import { db } from "../db/client.ts";
import type { LoginAttempt } from "./read-login-pressure.ts";

/**
 * After a successful sign-in the owner's own typos from this address are forgiven; failures for the account
 * from other addresses stay, so an attacker elsewhere is still slowed.
 */
export async function forgetPairFailures({ email, address }: LoginAttempt): Promise<void> {
  await db().loginFailure.deleteMany({ where: { email, address } });
}
