import { z } from "zod";

/**
 * The provenance stored with an article (lib/import/save/prepare-rows.ts writes it). Older or hand-made
 * rows may lack fields, so each one is optional and a malformed one is dropped rather than failing the page.
 */
const provenanceSchema = z.object({
  source: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  row: z.number().int().optional().catch(undefined),
  siteName: z.string().nullish().catch(undefined),
});

export type ArticleProvenance = z.output<typeof provenanceSchema>;

export function provenanceOf(stored: unknown): ArticleProvenance {
  const parsed = provenanceSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}
