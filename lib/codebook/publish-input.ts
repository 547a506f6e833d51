import { z } from "zod";
import { CategoryKind } from "../db/generated/enums.ts";
import { categoryAttributesSchema } from "./category-attributes.ts";
import { CODE_PREFIX, KIND_NAMES } from "./kinds.ts";

export const LABEL_MAX_LENGTH = 80;
export const DEFINITION_MAX_LENGTH = 4000;
export const NOTES_MAX_LENGTH = 2000;

const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]+\.[a-z][a-z0-9_]{0,59}$/, {
    error: "Use the kind's prefix, a dot, then lower-case letters, digits and underscores (frame.economic).",
  });

/** One category as the admin leaves it: its place in the list is its position in the new version. */
export const categoryDefinitionSchema = z
  .object({
    code: codeSchema,
    kind: z.enum(CategoryKind),
    label: z
      .string()
      .trim()
      .min(1, { error: "Give the category a label." })
      .max(LABEL_MAX_LENGTH, { error: `Keep the label under ${LABEL_MAX_LENGTH} characters.` }),
    description: z
      .string()
      .trim()
      .min(1, { error: "Write the definition reviewers read while tagging." })
      .max(DEFINITION_MAX_LENGTH, { error: `Keep the definition under ${DEFINITION_MAX_LENGTH} characters.` }),
    attributes: categoryAttributesSchema,
  })
  .refine((category) => category.code.startsWith(`${CODE_PREFIX[category.kind]}.`), {
    error: (issue) => {
      const kind = (issue.input as { kind: CategoryKind }).kind;
      return `A ${KIND_NAMES[kind].singular}'s code starts with “${CODE_PREFIX[kind]}.”.`;
    },
    path: ["code"],
  });

export type CategoryDefinition = z.output<typeof categoryDefinitionSchema>;

/**
 * What the admin publishes: every category of the next version in order (those left out are retired), the
 * version's notes, and the version they edited, so a publish made meanwhile by someone else is noticed.
 */
export const publishInputSchema = z
  .object({
    basedOnVersion: z.int().min(1),
    notes: z
      .string()
      .trim()
      .max(NOTES_MAX_LENGTH, { error: `Keep the notes under ${NOTES_MAX_LENGTH} characters.` }),
    categories: z
      .array(categoryDefinitionSchema)
      .min(1, { error: "Keep at least one category: reviewers need something to tag with." })
      .max(200),
  })
  .superRefine(({ categories }, context) => {
    for (const [index, field, message] of clashes(categories))
      context.addIssue({ code: "custom", path: ["categories", index, field], message });
  });

export type PublishInput = z.output<typeof publishInputSchema>;

/** Codes are unique in a version; labels are unique within a kind (ignoring case), as reviewers pick by label. */
function* clashes(categories: CategoryDefinition[]): Generator<[number, "code" | "label", string]> {
  const codes = new Set<string>();
  const labels = new Set<string>();
  for (const [index, { code, kind, label }] of categories.entries()) {
    if (codes.has(code)) yield [index, "code", `Another category already has the code ${code}.`];
    const labelKey = `${kind}:${label.toLowerCase()}`;
    if (labels.has(labelKey))
      yield [index, "label", `Another ${KIND_NAMES[kind].singular} is already called “${label}”.`];
    codes.add(code);
    labels.add(labelKey);
  }
}
