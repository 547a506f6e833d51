import type { CategoryKind } from "../../db/generated/enums.ts";
import { readCategoryAttributes } from "../category-attributes.ts";
import type { CategoryDefinition } from "../publish-input.ts";

/** The columns of a stored category that make up its definition. */
export const DEFINITION_FIELDS = { code: true, kind: true, label: true, description: true, attributes: true } as const;

interface StoredDefinition {
  code: string;
  kind: CategoryKind;
  label: string;
  description: string;
  attributes: unknown;
}

/** A stored category as the editor and the diff compare it, its attributes read through their schema. */
export function definitionOf({ code, kind, label, description, attributes }: StoredDefinition): CategoryDefinition {
  return { code, kind, label, description, attributes: readCategoryAttributes(attributes) };
}
