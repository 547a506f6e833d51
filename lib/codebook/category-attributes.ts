import { z } from "zod";

const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: "Use a short code of lower-case letters, digits and underscores." });

const optionSchema = z.object({
  code,
  label: z.string().trim().min(1, { error: "Give the option a label." }).max(80),
  description: z.string().trim().max(1000).default(""),
});

/**
 * An attribute a codebook category asks for beyond those its kind always carries (a frame's name, a certainty
 * level): defined by admins, frozen with the version, and validated on every tag of the category.
 */
export const categoryAttributeSchema = z
  .object({
    code,
    label: z.string().trim().min(1, { error: "Give the attribute a label." }).max(80),
    description: z.string().trim().max(1000).default(""),
    type: z.enum(["choice", "text", "flag"]),
    options: z.array(optionSchema).max(30).default([]),
  })
  .refine((attribute) => attribute.type !== "choice" || attribute.options.length >= 2, {
    error: "A choice needs at least two options.",
    path: ["options"],
  })
  .refine((attribute) => new Set(attribute.options.map((option) => option.code)).size === attribute.options.length, {
    error: "Two options share a code.",
    path: ["options"],
  });

export type CategoryAttribute = z.infer<typeof categoryAttributeSchema>;

export const categoryAttributesSchema = z
  .array(categoryAttributeSchema)
  .max(20)
  .refine((attributes) => new Set(attributes.map((a) => a.code)).size === attributes.length, {
    error: "Two attributes share a code.",
  });

/** The definitions stored on a category, read back from its JSON column. */
export function readCategoryAttributes(stored: unknown): CategoryAttribute[] {
  return categoryAttributesSchema.parse(stored ?? []);
}

function valueSchema(attribute: CategoryAttribute): z.ZodType {
  if (attribute.type === "flag") return z.boolean();
  if (attribute.type === "text") return z.string().trim().max(500);
  const codes = attribute.options.map((option) => option.code) as [string, ...string[]];
  return z.enum(codes, { error: `Choose one of the options for ${attribute.label}.` });
}

/** Validates the values a tag gives its category's own attributes; each may be left out, unknown ones are refused. */
export function customValuesSchema(attributes: CategoryAttribute[]) {
  const shape = Object.fromEntries(attributes.map((attribute) => [attribute.code, valueSchema(attribute).optional()]));
  return z.object(shape).strict();
}
