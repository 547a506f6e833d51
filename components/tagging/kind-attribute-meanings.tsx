import {
  ANONYMOUS_MEANING,
  ATTRIBUTION_FORM_MEANINGS,
  DIRECTION_MEANINGS,
  SPEAKER_TYPE_MEANINGS,
  VERB_CLASS_MEANINGS,
} from "@/lib/annotations/attributes";
import { MeaningList } from "./meaning-list";
import type { CategoryKind } from "./types";

/** What the values of a kind's own attributes mean (an attribution's form, speaker type, verb class…). */
export function KindAttributeMeanings({ kind }: { kind: CategoryKind }) {
  if (kind === "LOADED_LANGUAGE") return <MeaningList title="Direction" meanings={DIRECTION_MEANINGS} />;
  if (kind !== "ATTRIBUTION") return null;
  return (
    <>
      <MeaningList title="Form" meanings={ATTRIBUTION_FORM_MEANINGS} />
      <MeaningList title="Speaker type" meanings={SPEAKER_TYPE_MEANINGS} />
      <MeaningList title="Verb class" meanings={VERB_CLASS_MEANINGS} />
      <MeaningList title="Anonymity" meanings={{ anonymous: ANONYMOUS_MEANING }} />
    </>
  );
}
