import type { TextSpan } from "@/lib/annotations/text/span";
import type { CategoryInUse, EventLinks, TagFields } from "./types";

/**
 * A new tag on `span`, with the attributes its kind requires guessed from the category (an attribution's form
 * and anonymity follow its mode), so it can be saved at once and corrected in the panel. A naming tag needs its
 * actor: the event actor whose name or alias the passage contains, else it cannot be made yet.
 */
export function newTag(
  body: string,
  span: TextSpan,
  category: CategoryInUse,
  actors: EventLinks["actors"],
): TagFields | { error: string } {
  const quotedText = body.slice(span.start, span.end);
  const actorId = category.kind === "NAMING" ? actorNamedIn(quotedText, actors) : null;
  if (category.kind === "NAMING" && !actorId)
    return { error: "A naming tag needs the actor it names, and this passage names none of the event's actors." };
  return {
    categoryId: category.id,
    kind: category.kind,
    label: category.label,
    startOffset: span.start,
    endOffset: span.end,
    quotedText,
    attributes: defaultAttributes(category, quotedText),
    actorId,
    claimId: null,
  };
}

// Version 1 codebooks name the mode in the category; from version 2 one attribution category guesses it from
// quotation marks in the passage.
function defaultAttributes({ kind, code }: CategoryInUse, quotedText: string): Record<string, unknown> {
  if (kind === "LOADED_LANGUAGE") return { direction: "unfavourable" };
  if (kind !== "ATTRIBUTION") return {};
  const quoted = code.endsWith("quote") || (code === "attribution.reported_speech" && /["“”«»]/.test(quotedText));
  const form = quoted ? "direct_quote" : code.endsWith("unattributed_claim") ? "unattributed" : "indirect";
  return { form, anonymous: code.endsWith("anonymous_source") };
}

function actorNamedIn(text: string, actors: EventLinks["actors"]): string | null {
  const lower = text.toLowerCase();
  const named = actors.find((actor) =>
    [actor.name, ...actor.aliases].some((name) => lower.includes(name.toLowerCase())),
  );
  return named?.id ?? null;
}
