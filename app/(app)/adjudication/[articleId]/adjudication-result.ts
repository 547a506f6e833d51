import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AdjudicationError } from "@/lib/adjudication/adjudication-error";
import { TaggingError } from "@/lib/annotations/tagging-error";
import type { ActionResult } from "@/components/tagging/types";

/**
 * Runs an adjudication write; a refusal the adjudicator can act on comes back as its message, anything else
 * throws. After a write the article's page and the queue are drawn afresh.
 */
export async function asAdjudicationResult(
  articleId: string,
  write: () => Promise<unknown>,
): Promise<ActionResult<void>> {
  try {
    await write();
  } catch (error) {
    if (error instanceof AdjudicationError || error instanceof TaggingError) return { ok: false, error: error.message };
    if (error instanceof z.ZodError) return { ok: false, error: z.prettifyError(error) };
    throw error;
  }
  revalidatePath(`/adjudication/${articleId}`);
  revalidatePath("/adjudication");
  return { ok: true, value: undefined };
}
