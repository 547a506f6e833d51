import { z } from "zod";
import { TaggingError } from "@/lib/annotations/tagging-error";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import type { ActionResult } from "@/components/tagging/types";

const UNAVAILABLE = "The database is not answering just now, so this change is not saved yet.";

/**
 * Runs a tag write; a refusal the reviewer can act on comes back as their message, a database that cannot be
 * reached as a refusal marked for retrying (the workspace keeps the change and sends it again), anything else
 * throws.
 */
export async function asTagResult<T>(write: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (error instanceof TaggingError) return { ok: false, error: error.message };
    if (error instanceof z.ZodError) return { ok: false, error: z.prettifyError(error) };
    if (isDatabaseUnavailable(error)) return { ok: false, error: UNAVAILABLE, retry: true };
    throw error;
  }
}
