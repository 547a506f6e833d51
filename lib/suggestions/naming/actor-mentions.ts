import { actorPattern } from "../attribution/link-actor.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import { tokenAt } from "../text/token-at.ts";
import type { SuggestionActor } from "../types.ts";

/** Where the text names an event actor by its name or one of its aliases, in the article's own voice. */
export interface ActorMention {
  actorId: string;
  first: number;
  last: number;
  /** An alias that describes rather than names ("the chemical giant"): it starts with a lower-case letter. */
  descriptive: boolean;
}

/** Every mention of every actor outside quotes, in text order; an overlap goes to the longer mention. */
export function actorMentions(analysis: TextAnalysis, actors: SuggestionActor[]): ActorMention[] {
  const { text, tokens } = analysis;
  const found: ActorMention[] = [];
  for (const actor of actors) {
    const pattern = actorPattern(actor);
    if (!pattern) continue;
    for (const match of text.matchAll(new RegExp(pattern.source, "giu"))) {
      const first = tokenAt(tokens, match.index);
      const last = tokenAt(tokens, match.index + match[0].length - 1);
      if (analysis.quoteOf[first] >= 0 || tokens[first]?.start !== match.index) continue;
      found.push({ actorId: actor.id, first, last, descriptive: /^\p{Ll}/u.test(match[0]) });
    }
  }
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: ActorMention[] = [];
  for (const mention of found) if (kept.length === 0 || mention.first > kept[kept.length - 1].last) kept.push(mention);
  return kept;
}
