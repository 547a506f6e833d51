import type { EventAgreement } from "../agreement/compute-event-agreement.ts";
import type { ReliabilityFigure } from "../agreement/reliability-figure.ts";
import { THIN_BELOW_UNITS } from "../agreement/reliability-figure.ts";
import type { Basis } from "../analytics/filters.ts";
import type { EventScope } from "../analytics/queries/count-scope.ts";
import { THIN_ARTICLES, THIN_TAGS } from "../analytics/statistics/thin-data.ts";
import type { ReportCoders } from "./list-report-coders.ts";

/** How the report's numbers were made, for its methods note: written from the data, never by hand. */
export interface MethodsNote {
  basis: Basis;
  articles: EventScope["total"];
  coders: ReportCoders;
  /** Articles two or more reviewers submitted: the ones agreement is measured on (whole event). */
  doubleCoded: number;
  /** Unitizing agreement per category someone used, in codebook order. */
  categories: { kind: string; code: string; label: string; tags: number; figure: ReliabilityFigure }[];
  thin: { articles: number; tags: number; agreementUnits: number };
}

export function methodsNote(input: {
  basis: Basis;
  scope: EventScope;
  coders: ReportCoders;
  agreement: EventAgreement;
}): MethodsNote {
  return {
    basis: input.basis,
    articles: input.scope.total,
    coders: input.coders,
    doubleCoded: input.agreement.articles,
    categories: input.agreement.spans.flatMap((group) =>
      group.categories.map((row) => ({
        kind: group.kind,
        code: row.code,
        label: row.label,
        tags: row.tags,
        figure: row.unitizing,
      })),
    ),
    thin: { articles: THIN_ARTICLES, tags: THIN_TAGS, agreementUnits: THIN_BELOW_UNITS },
  };
}
