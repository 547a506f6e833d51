import type { CategoryKind } from "../../db/generated/enums.ts";
import type { GoldTag, ReviewerTag } from "../adjudication-tags.ts";
import { compareVersions, type VersionDifferences } from "./compare-versions.ts";
import { groupUnits } from "./group-units.ts";
import { splitSpanParts, type SpanParts } from "./span-parts.ts";

export interface UnitVersion {
  tag: ReviewerTag;
  parts: SpanParts;
}

/** What the reviewers made of one passage, side by side, and what gold has of it so far. */
export interface AdjudicationUnit {
  /** Its earliest tag's id: stable while the reviewers' tags stay as they are. */
  key: string;
  code: string;
  kind: CategoryKind;
  label: string;
  /** From the first word any version covers to the last. */
  startOffset: number;
  endOffset: number;
  /** One entry per reviewer, in the order given; null where that reviewer did not tag it. */
  versions: (UnitVersion | null)[];
  /** All reviewers tagged it alike; they tagged it differently; or some did not tag it at all. */
  status: "agrees" | "differs" | "missing";
  differences: VersionDifferences;
  /** The gold tags its versions became. */
  gold: GoldTag[];
  undecided: number;
}

export interface AdjudicationUnits {
  units: AdjudicationUnit[];
  /** Gold tags no reviewer's tag became: the adjudicator added them. */
  addedGold: GoldTag[];
}

/** Groups the reviewers' tags into units, compares each unit's versions and attaches the gold they became. */
export function buildUnits(
  reviewerIds: readonly string[],
  tags: readonly ReviewerTag[],
  goldTags: readonly GoldTag[],
): AdjudicationUnits {
  const goldById = new Map(goldTags.map((gold) => [gold.id, gold]));
  const units = groupUnits(tags).map((unit): AdjudicationUnit => {
    const [first] = unit;
    const differences = compareVersions(unit);
    const goldIds = new Set(unit.flatMap((tag) => tag.decision?.goldAnnotationId ?? []));
    return {
      key: first.id,
      code: first.code,
      kind: first.kind,
      label: first.label,
      startOffset: Math.min(...unit.map((tag) => tag.startOffset)),
      endOffset: Math.max(...unit.map((tag) => tag.endOffset)),
      versions: reviewerIds.map((id) => {
        const tag = unit.find((candidate) => candidate.reviewerId === id);
        return tag ? { tag, parts: splitSpanParts(tag, unit) } : null;
      }),
      status: unit.length < reviewerIds.length ? "missing" : isAlike(differences) ? "agrees" : "differs",
      differences,
      gold: [...goldIds].flatMap((id) => goldById.get(id) ?? []),
      undecided: unit.filter((tag) => !tag.decision).length,
    };
  });
  const fromReviewers = new Set(tags.flatMap((tag) => tag.decision?.goldAnnotationId ?? []));
  return { units, addedGold: goldTags.filter((gold) => !fromReviewers.has(gold.id)) };
}

const isAlike = (differences: VersionDifferences) => !differences.span && differences.fields.length === 0;
