import { hash, verify, type Algorithm } from "@node-rs/argon2";

// OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane).
// 2 is Argon2id in the library's const enum, which isolated modules cannot read.
const OPTIONS = { algorithm: 2 as Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * True for a stored hash made with a weaker algorithm or weaker parameters than today's, so the next
 * successful sign-in stores a fresh one (the password is only in hand then).
 */
export function isWeakHash(passwordHash: string): boolean {
  const match = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  const [, algorithm, memory, time, lanes] = match;
  return (
    algorithm !== "argon2id" ||
    Number(memory) < OPTIONS.memoryCost ||
    Number(time) < OPTIONS.timeCost ||
    Number(lanes) < OPTIONS.parallelism
  );
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a wrong password, never as a server error
  }
}

let decoyHash: Promise<string> | undefined;

/** Spends the time of a real check, so a response time does not tell whether an email exists. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy-password-never-matches");
  await verifyPassword(await decoyHash, password);
  return false;
}
