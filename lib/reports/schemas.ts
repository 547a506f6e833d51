import { z } from "zod";
import { BASES, COPIES, DEFAULT_FILTERS, type CompareFilters } from "../analytics/filters.ts";

/** The comparison page's sections a report can carry, in the page's order. */
export const REPORT_SECTIONS = [
  "voices",
  "naming",
  "claims",
  "frames",
  "loaded",
  "tone",
  "timeline",
  "divergence",
  "differences",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const SECTION_TITLES: Record<ReportSection, string> = {
  voices: "Who gets a voice",
  naming: "How each outlet names each actor",
  claims: "Claims across outlets",
  frames: "Frames",
  loaded: "Loaded language",
  tone: "Tone toward each actor",
  timeline: "Timeline and syndication",
  divergence: "Which outlets covered it alike",
  differences: "Is the difference real?",
};

export const TITLE_MAX_LENGTH = 200;
export const COMMENTARY_MAX_LENGTH = 10_000;

/** The comparison filters a report was made with, as stored in its content (the shape of CompareFilters). */
export const filtersSchema: z.ZodType<CompareFilters> = z.object({
  outlets: z.array(z.uuid()).max(500),
  from: z.iso.date().nullable(),
  to: z.iso.date().nullable(),
  basis: z.enum(BASES),
  copies: z.enum(COPIES),
  version: z.number().int().min(1).nullable(),
});

/** What a report shows: the sections chosen, in page order, and the filters of the comparison they come from. */
export const reportContentSchema = z.object({
  sections: z
    .array(z.enum(REPORT_SECTIONS))
    .transform((chosen) => REPORT_SECTIONS.filter((section) => chosen.includes(section))),
  filters: filtersSchema,
});
export type ReportContent = z.output<typeof reportContentSchema>;

export const DEFAULT_CONTENT: ReportContent = { sections: [...REPORT_SECTIONS], filters: DEFAULT_FILTERS };

const title = z
  .string()
  .trim()
  .min(1, { error: "Give the report a title." })
  .max(TITLE_MAX_LENGTH, { error: `Keep the title under ${TITLE_MAX_LENGTH} characters.` });

const commentary = z
  .string()
  .trim()
  .max(COMMENTARY_MAX_LENGTH, { error: `Keep the commentary under ${COMMENTARY_MAX_LENGTH} characters.` });

/** A draft's editable fields. */
export const reportInputSchema = z.object({
  title,
  commentary,
  content: reportContentSchema,
});
export type ReportInput = z.output<typeof reportInputSchema>;

/** The revision an edit read, so a stale edit (another tab, another editor) is refused. */
export const revisionSchema = z.coerce.number().int().min(1);
