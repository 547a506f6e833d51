import { z } from "zod";
import { DATASETS, FORMATS } from "./datasets.ts";

/** Which articles an export covers: one event's, or (admins only) every event's. */
export type ExportScope = { eventId: string } | { allEvents: true };

/** An export as its URL asks for it: /api/exports/<dataset>?event=<id>|all&format=csv&pseudonymise=1. */
export const exportRequestSchema = z.object({
  dataset: z.enum(DATASETS),
  event: z.union([z.uuid(), z.literal("all")]),
  format: z.enum(FORMATS).default("csv"),
  pseudonymise: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((flag) => flag === "1" || flag === "true"),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;
