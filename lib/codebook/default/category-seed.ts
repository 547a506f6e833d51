import type { CategoryKind } from "../../db/generated/enums.ts";
import type { CategoryAttribute } from "../category-attributes.ts";

export interface CodebookCategorySeed {
  kind: CategoryKind;
  code: string;
  label: string;
  description: string;
  attributes?: CategoryAttribute[];
}
