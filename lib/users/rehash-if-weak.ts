import { db } from "../db/client.ts";
import { hashPassword, isWeakHash } from "./password.ts";

/** Called after a successful sign-in, the one moment the password is known: upgrades a weak stored hash. */
export async function rehashIfWeak(userId: string, passwordHash: string, password: string): Promise<void> {
  if (!isWeakHash(passwordHash)) return;
  const upgraded = await hashPassword(password);
  // Only if nobody changed the password meanwhile.
  await db().user.updateMany({ where: { id: userId, passwordHash }, data: { passwordHash: upgraded } });
}
