import type { CategoryKind } from "../db/generated/enums.ts";
import { KIND_NAMES } from "./kinds.ts";
import type { CategoryDefinition } from "./publish-input.ts";

/**
 * Tags of every version are matched across versions by code, so a code an earlier version used keeps its kind
 * for good. Returns the offending categories' errors by path, or null when every code keeps its kind.
 */
export function checkCodeKinds(
  categories: CategoryDefinition[],
  history: ReadonlyMap<string, CategoryKind>,
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const [index, { code, kind }] of categories.entries()) {
    const earlier = history.get(code);
    if (earlier && earlier !== kind)
      errors[`categories.${index}.code`] = [
        `${code} is a ${KIND_NAMES[earlier].singular} in earlier versions; a code keeps its kind. Choose another code.`,
      ];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
