import { computeEventAgreement } from "../../agreement/compute-event-agreement.ts";
import type { ReliabilityFigure } from "../../agreement/reliability-figure.ts";
import type { Column } from "../column.ts";
import type { Row, Table } from "./table.ts";

export const AGREEMENT_COLUMNS: Column[] = [
  {
    name: "measure",
    type: "text",
    description:
      "unitizing_alpha (where passages were tagged, per category or kind), nominal_alpha (an attribute of matched tags, or an article field), interval_alpha (tone).",
  },
  {
    name: "kind",
    type: "text",
    description: "The category kind (FRAME, ATTRIBUTION, …) or ARTICLE for article-level fields.",
  },
  {
    name: "subject",
    type: "text",
    description:
      "The category code, the kind's total (all), the attribute (form, speakerType, …) or the article field (primaryFrame, headlineFrame, tone).",
  },
  { name: "label", type: "text", description: "The subject in words." },
  { name: "alpha", type: "number", description: "Krippendorff's alpha; empty when not computable." },
  { name: "verdict", type: "text", description: "reliable (≥ 0.8), tentative (≥ 0.667), unreliable, or undefined." },
  { name: "thin", type: "boolean", description: "Computed on fewer than 10 units." },
  {
    name: "units",
    type: "integer",
    description: "Units the figure rests on: tags for spans, matched pairs for attributes, articles for fields.",
  },
  {
    name: "f1",
    type: "number",
    description: "For spans: pooled F1 of tags matched at Jaccard ≥ 0.5 (raw agreement, not chance-corrected).",
  },
  {
    name: "double_coded_articles",
    type: "integer",
    description: "Articles of the event two or more reviewers submitted (the same on every row).",
  },
];

const figure = (value: ReliabilityFigure) => ({ alpha: value.alpha, verdict: value.verdict, thin: value.thin });

/** The event's reviewer agreement as rows: spans per category and kind, attributes, article fields. */
export async function agreementRows(eventId: string): Promise<Table> {
  const agreement = await computeEventAgreement(eventId);
  const base = { double_coded_articles: agreement.articles };
  const rows: Row[] = [];
  for (const group of agreement.spans) {
    const spans = [
      { code: "all", label: `All ${group.kind.toLowerCase()} passages`, ...group.total },
      ...group.categories,
    ];
    for (const row of spans)
      rows.push({
        measure: "unitizing_alpha",
        kind: group.kind,
        subject: row.code,
        label: row.label,
        ...figure(row.unitizing),
        units: row.tags,
        f1: row.f1,
        ...base,
      });
  }
  for (const row of agreement.attributes)
    rows.push({
      measure: "nominal_alpha",
      kind: row.kind,
      subject: row.field,
      label: row.field,
      ...figure(row.figure),
      units: row.figure.units,
      f1: null,
      ...base,
    });
  const fields = agreement.articleFields;
  for (const [subject, value, measure] of [
    ["primaryFrame", fields.primaryFrame, "nominal_alpha"],
    ["headlineFrame", fields.headlineFrame, "nominal_alpha"],
    ["tone", fields.tone, "interval_alpha"],
  ] as const)
    rows.push({
      measure,
      kind: "ARTICLE",
      subject,
      label: subject,
      ...figure(value),
      units: value.units,
      f1: null,
      ...base,
    });
  return { columns: AGREEMENT_COLUMNS, rows };
}
