import { z } from "zod";
import { TaggingError } from "@/lib/annotations/tagging-error";
import type { ActionResult } from "@/components/tagging/types";

/** Runs a tag write; a refusal the reviewer can act on comes back as their message, anything else throws. */
export async function asTagResult<T>(write: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (error instanceof TaggingError) return { ok: false, error: error.message };
    if (error instanceof z.ZodError) return { ok: false, error: z.prettifyError(error) };
    throw error;
  }
}
