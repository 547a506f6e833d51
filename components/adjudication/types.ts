import type { GoldTag, ReviewerTag } from "@/lib/adjudication/adjudication-tags";
import type { AdjudicationUnit, UnitVersion } from "@/lib/adjudication/compare/build-units";
import type { ActionResult, CategoryInUse, EventLinks } from "../tagging/types";

export type { ActionResult, AdjudicationUnit, CategoryInUse, EventLinks, GoldTag, ReviewerTag, UnitVersion };

export interface Reviewer {
  id: string;
  name: string;
}

/** Not started: the comparison is shown, nothing can be decided yet. Open: decisions go into gold. Complete: read only. */
export type DeskPhase = "not-started" | "open" | "complete";

type Result = Promise<ActionResult<void>>;

/** The server actions the desk writes through, bound to the article by the page. */
export interface AdjudicationActions {
  start(): Result;
  accept(annotationId: string): Result;
  edit(annotationId: string, tag: unknown): Result;
  reject(annotationIds: string[]): Result;
  undo(annotationIds: string[]): Result;
  addGold(tag: unknown): Result;
  removeGold(goldTagId: string): Result;
  complete(): Result;
  reopen(): Result;
}
