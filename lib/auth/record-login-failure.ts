import { db } from "../db/client.ts";
import type { LoginAttempt } from "./read-login-pressure.ts";

// Failures older than this tell nothing the window needs; keeping them would only grow the table.
const KEEP_HOURS = 24;

export async function recordLoginFailure({ email, address }: LoginAttempt): Promise<void> {
  await db().$transaction([
    db().loginFailure.create({ data: { email, address } }),
    db().$executeRaw`DELETE FROM login_failures WHERE failed_at < now() - make_interval(hours => ${KEEP_HOURS}::int)`,
  ]);
}
