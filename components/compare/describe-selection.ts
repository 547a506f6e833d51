import type { PassageSelector } from "@/lib/analytics/passage-selector";
import { speakerTypeLabel } from "./labels";

const FORMS = { direct_quote: "Direct quotes", indirect: "Paraphrases", unattributed: "Unattributed claims" };

export interface SelectionNames {
  actor?: string;
  claim?: string;
  category?: string;
}

/** What a passage selector picks, as a heading: "Direct quotes from speakers for City Hall". */
export function describeSelection(selector: PassageSelector, names: SelectionNames): string {
  const category = names.category ?? selector.code ?? "";
  if (selector.kind === "PRIMARY_FRAME") return `Articles whose primary frame is ${category}`;
  if (selector.kind === "HEADLINE_FRAME") return `Articles whose headline frame is ${category}`;
  if (selector.kind === "FRAME") return `Passages framed as ${category}`;
  if (selector.kind === "TONE") return `Articles whose tone toward ${names.actor ?? "an actor"} was rated`;
  if (selector.kind === "LOADED_LANGUAGE") return `${loaded(selector)}${category && ` (${category})`}${aimedAt(names)}`;
  if (selector.kind === "NAMING")
    return selector.name ? `“${selector.name}” as a name for ${names.actor ?? "an actor"}` : `Names for ${names.actor}`;
  return attributions(selector, names);
}

function loaded(selector: PassageSelector): string {
  if (selector.direction === "unfavourable") return "Unfavourable loaded language";
  if (selector.direction === "favourable") return "Favourable loaded language";
  return "Loaded language";
}

function aimedAt(names: SelectionNames): string {
  return names.actor ? ` aimed at ${names.actor}` : "";
}

function attributions(selector: PassageSelector, names: SelectionNames): string {
  const what = selector.anonymous
    ? "Anonymous quotes and paraphrases"
    : selector.form
      ? FORMS[selector.form]
      : "Attributions";
  const parts = [what];
  if (selector.verbClass === "evaluative") parts.push("with an evaluative reporting verb");
  if (selector.speaker) parts.push(`from “${selector.speaker}”`);
  if (selector.speakerType === "none") parts.push("with no speaker type");
  else if (selector.speakerType) parts.push(`from: ${speakerTypeLabel(selector.speakerType)}`);
  if (selector.actor === "none") parts.push("linked to no actor");
  else if (selector.actor) parts.push(`for ${names.actor ?? "an actor"}`);
  if (selector.claim) parts.push(`carrying the claim “${names.claim ?? "…"}”`);
  return parts.join(" ");
}
