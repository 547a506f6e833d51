import type { Phrase } from "../attribution/noun-phrase.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import { tokenSpan } from "../text/span.ts";
import type { NamingSuggestion, SuggestionActor } from "../types.ts";
import { actorMentions, type ActorMention } from "./actor-mentions.ts";
import { descriptionAt, descriptionBefore } from "./description-phrase.ts";

type NamingRule = "naming.alias" | "naming.apposition" | "naming.before-name" | "naming.description";

const WHY: Record<NamingRule, string> = {
  "naming.alias": "A description the event lists among the actor's aliases",
  "naming.apposition": "A description set beside the actor's name",
  "naming.before-name": "A description right before the actor's name",
  "naming.description": "A description shortly after a mention of the actor",
};

/** How many sentences back a bare description ("the group") may look for the actor it stands for. */
const SENTENCES_BACK = 2;

/**
 * Namings in the article's own voice: an actor's descriptive aliases where they occur, and descriptions ("the
 * Palestinian Islamist group") set beside an actor's name, right before it, or shortly after it.
 */
export function findNamings(analysis: TextAnalysis, actors: SuggestionActor[]): NamingSuggestion[] {
  const { text, tokens } = analysis;
  const mentions = actorMentions(analysis, actors);
  const taken = new Uint8Array(tokens.length);
  const namings: NamingSuggestion[] = [];
  const add = (rule: NamingRule, phrase: Phrase, mention: ActorMention, target: ActorMention | null) => {
    if (analysis.quoteOf[phrase.first] >= 0 || taken.subarray(phrase.first, phrase.last + 1).some(Boolean)) return;
    taken.fill(1, phrase.first, phrase.last + 1);
    const span = tokenSpan(text, tokens, phrase.first, phrase.last);
    const targetSpan = target ? tokenSpan(text, tokens, target.first, target.last) : null;
    const why = targetSpan ? `${WHY[rule]} (“${targetSpan.text}”)` : WHY[rule];
    namings.push({
      kind: "naming",
      category: "naming.actor",
      ...span,
      target: targetSpan,
      actorId: mention.actorId,
      rule,
      why,
    });
  };
  const named = (mention: ActorMention) => !mention.descriptive;
  for (const [index, mention] of mentions.entries()) {
    if (mention.descriptive) {
      const earlier = mentions.slice(0, index).findLast((m) => m.actorId === mention.actorId && named(m)) ?? null;
      add("naming.alias", mention, mention, earlier);
      continue;
    }
    const before = descriptionBefore(tokens, mention.first);
    if (before) add("naming.before-name", before, mention, mention);
    const apposition = tokens[mention.last + 1]?.text === "," ? descriptionAt(tokens, mention.last + 2) : null;
    if (apposition && /^[,.;)]$/.test(tokens[apposition.last + 1]?.text ?? "."))
      add("naming.apposition", apposition, mention, mention);
  }
  for (const mention of mentions) taken.fill(1, mention.first, mention.last + 1);
  const definite = new Set(["the"]);
  let latest = -1;
  for (let index = 0; index < tokens.length; index++) {
    while (latest + 1 < mentions.length && mentions[latest + 1].last < index) latest++;
    const phrase = tokens[index].lower === "the" ? descriptionAt(tokens, index, definite) : null;
    if (!phrase || latest < 0) continue;
    const mention = mentions[latest];
    if (analysis.sentenceOf[index] - analysis.sentenceOf[mention.last] > SENTENCES_BACK) continue;
    add("naming.description", phrase, mention, named(mention) ? mention : null);
  }
  return namings;
}
