import { ATTRIBUTION_FORM_MEANINGS, SPEAKER_TYPE_MEANINGS } from "@/lib/annotations/attributes";

/** A speaker type's label ("Government official"); "No speaker type" for none. */
export function speakerTypeLabel(type: string | null): string {
  if (!type) return "No speaker type";
  return SPEAKER_TYPE_MEANINGS[type as keyof typeof SPEAKER_TYPE_MEANINGS]?.label ?? type;
}

// Short enough for a table cell; the Definitions panel has the long ones.
const SHORT_FORMS: Record<string, string> = {
  direct_quote: "Direct quote",
  indirect: "Paraphrase",
  unattributed: "Unattributed",
};

/** An attribution form's short label ("Direct quote", "Paraphrase"). */
export function formLabel(form: string | null): string {
  if (!form) return "Form not given";
  return SHORT_FORMS[form] ?? ATTRIBUTION_FORM_MEANINGS[form as keyof typeof ATTRIBUTION_FORM_MEANINGS]?.label ?? form;
}
