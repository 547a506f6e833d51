import type { SuggestionActor } from "../types.ts";

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An actor's names as one case-insensitive whole-word pattern, longest first so "Joe Biden" wins over "Biden". */
export function actorPattern(actor: SuggestionActor): RegExp | null {
  const names = [actor.name, ...actor.aliases].map((name) => name.trim()).filter((name) => name.length > 1);
  if (names.length === 0) return null;
  const alternatives = names
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}

/** The event actor a speaker phrase names, through the actor's name or aliases; the earliest mention wins. */
export function linkActor(phrase: string, actors: SuggestionActor[]): string | null {
  let best: { id: string; index: number } | null = null;
  for (const actor of actors) {
    const match = actorPattern(actor)?.exec(phrase);
    if (match && (!best || match.index < best.index)) best = { id: actor.id, index: match.index };
  }
  return best?.id ?? null;
}
