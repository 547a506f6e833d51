import type { EventSuggestion } from "@/lib/events/suggest-events";
import { plural } from "@/lib/format";

/** Why an event is suggested for an import: the words it shares and how near its dates are. */
export function SuggestionReason({ suggestion }: { suggestion: EventSuggestion }) {
  const { sharedWords, daysApart } = suggestion;
  const when =
    daysApart === null ? "dates unknown" : daysApart === 0 ? "same dates" : `${plural(daysApart, "day")} apart`;
  return (
    <span className="muted small">
      {suggestion.relevant ? "suggested" : "weak match, not pre-selected"} · {plural(suggestion.articles, "article")} ·
      shares {plural(sharedWords.length, "word")} ({sharedWords.slice(0, 6).join(", ")}
      {sharedWords.length > 6 ? ", …" : ""}) · {when}
    </span>
  );
}
