import { coderPairs, type CodedArticle } from "./coded-articles.ts";
import { measureAlpha, type AlphaFigure } from "./measure-alpha.ts";
import type { CodedTagRow } from "./queries/list-coded-tags.ts";
import { matchSpans } from "./span-agreement.ts";

export type AttributeField = "form" | "speakerType" | "anonymous" | "verbClass" | "direction" | "actor" | "claim";

/** The attributes compared on matched tags of each kind, in the order the tagging panel asks for them. */
export const FIELDS_BY_KIND: Record<string, AttributeField[]> = {
  ATTRIBUTION: ["form", "speakerType", "anonymous", "verbClass", "actor", "claim"],
  NAMING: ["actor"],
  LOADED_LANGUAGE: ["direction", "actor"],
};

export interface AttributeRow {
  kind: string;
  field: AttributeField;
  /** Units are matched pairs of tags; each pair gives two values. */
  figure: AlphaFigure;
}

// Leaving a claim, actor or speaker type empty is a coding decision too (the statement carries no claim), so an
// empty value is compared like any other rather than treated as missing.
const NONE = "(none)";

/**
 * Nominal alpha for each attribute over the pairs of tags two reviewers of an article gave the same passage: same
 * category, overlapping by at least half (Jaccard), paired one to one by best overlap.
 */
export function measureAttributeAgreement(articles: readonly CodedArticle[]): AttributeRow[] {
  const pairsByKind = new Map<string, [CodedTagRow, CodedTagRow][]>();
  for (const article of articles) {
    for (const [a, b] of coderPairs(article)) {
      for (const pair of matchedTags(article.tagsByCoder.get(a.id)!, article.tagsByCoder.get(b.id)!)) {
        const kind = pair[0].kind;
        pairsByKind.set(kind, [...(pairsByKind.get(kind) ?? []), pair]);
      }
    }
  }
  return Object.entries(FIELDS_BY_KIND).flatMap(([kind, fields]) =>
    fields.map((field) => ({
      kind,
      field,
      figure: measureAlpha(
        (pairsByKind.get(kind) ?? []).map((pair) => pair.map((tag) => valueOf(tag, field))),
        "nominal",
        "No two reviewers tagged the same passage with a category of this kind.",
      ),
    })),
  );
}

function matchedTags(tagsA: CodedTagRow[], tagsB: CodedTagRow[]): [CodedTagRow, CodedTagRow][] {
  const codes = new Set(tagsA.map((tag) => tag.code));
  return [...codes].flatMap((code) => {
    const ofA = tagsA.filter((tag) => tag.code === code);
    const ofB = tagsB.filter((tag) => tag.code === code);
    return matchSpans(spans(ofA), spans(ofB)).map(([i, j]): [CodedTagRow, CodedTagRow] => [ofA[i], ofB[j]]);
  });
}

const spans = (tags: CodedTagRow[]) => tags.map((tag) => ({ category: tag.code, start: tag.start, end: tag.end }));

function valueOf(tag: CodedTagRow, field: AttributeField): string {
  if (field === "actor") return tag.actorId ?? NONE;
  if (field === "claim") return tag.claimId ?? NONE;
  return tag[field] ?? NONE;
}
