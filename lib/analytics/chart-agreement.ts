import type { EventAgreement } from "../agreement/compute-event-agreement.ts";
import type { ReliabilityFigure } from "../agreement/reliability-figure.ts";
import type { AttributeField } from "../agreement/measure-attribute-agreement.ts";

export type ChartSection = "voices" | "naming" | "claims" | "frames" | "loaded" | "tone" | "timeline" | "divergence";

/** One agreement figure a chart rests on: unitizing alpha of the spans, or nominal alpha of an attribute. */
export interface ChartAgreementFigure {
  label: string;
  /** "uα" for where reviewers put the tags, "α" for what they said about them. */
  measure: "uα" | "α";
  figure: ReliabilityFigure;
}

const SPANS: Record<ChartSection, { kind: string; label: string } | null> = {
  voices: { kind: "ATTRIBUTION", label: "Attribution passages" },
  naming: { kind: "NAMING", label: "Naming passages" },
  claims: { kind: "ATTRIBUTION", label: "Attribution passages" },
  frames: { kind: "FRAME", label: "Frame passages" },
  loaded: { kind: "LOADED_LANGUAGE", label: "Loaded-language passages" },
  tone: null,
  timeline: null,
  divergence: { kind: "FRAME", label: "Frame passages" },
};

const ATTRIBUTES: Record<ChartSection, { kind: string; field: AttributeField; label: string }[]> = {
  voices: [
    { kind: "ATTRIBUTION", field: "actor", label: "Actor" },
    { kind: "ATTRIBUTION", field: "speakerType", label: "Speaker type" },
    { kind: "ATTRIBUTION", field: "form", label: "Form" },
    { kind: "ATTRIBUTION", field: "anonymous", label: "Anonymous" },
    { kind: "ATTRIBUTION", field: "verbClass", label: "Verb class" },
  ],
  naming: [{ kind: "NAMING", field: "actor", label: "Actor named" }],
  claims: [
    { kind: "ATTRIBUTION", field: "claim", label: "Claim" },
    { kind: "ATTRIBUTION", field: "form", label: "Form" },
  ],
  frames: [],
  loaded: [
    { kind: "LOADED_LANGUAGE", field: "direction", label: "Direction" },
    { kind: "LOADED_LANGUAGE", field: "actor", label: "Target actor" },
  ],
  tone: [],
  timeline: [],
  divergence: [{ kind: "ATTRIBUTION", field: "speakerType", label: "Speaker type" }],
};

/**
 * The reviewer agreement figures of the categories a chart section uses, picked from the event's agreement
 * (lib/agreement): where reviewers put the passages, and the attributes the chart groups by.
 */
export function chartAgreement(agreement: EventAgreement, section: ChartSection): ChartAgreementFigure[] {
  const wantedSpans = SPANS[section];
  const spans = wantedSpans && agreement.spans.find((group) => group.kind === wantedSpans.kind);
  const figures: ChartAgreementFigure[] = spans
    ? [{ label: wantedSpans.label, measure: "uα", figure: spans.total.unitizing }]
    : [];
  for (const wanted of ATTRIBUTES[section]) {
    const row = agreement.attributes.find((one) => one.kind === wanted.kind && one.field === wanted.field);
    if (row) figures.push({ label: wanted.label, measure: "α", figure: row.figure });
  }
  if (section === "tone") figures.push({ label: "Tone", measure: "α", figure: agreement.articleFields.tone });
  if (section === "frames") {
    figures.push({ label: "Primary frame", measure: "α", figure: agreement.articleFields.primaryFrame });
    figures.push({ label: "Headline frame", measure: "α", figure: agreement.articleFields.headlineFrame });
  }
  return figures;
}
