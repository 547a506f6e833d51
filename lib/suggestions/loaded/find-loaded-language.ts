import type { TextAnalysis } from "../text/analysis.ts";
import { tokenSpan } from "../text/span.ts";
import type { LexiconEntry, LoadedLanguageSuggestion, SuggestionActor } from "../types.ts";
import { actorMentions, type ActorMention } from "../naming/actor-mentions.ts";
import { compileLexicon, SHIPPED_LISTS, wordMatches, type CompiledTerm } from "./lexicon.ts";

const SHIPPED = compileLexicon(SHIPPED_LISTS);
const ADDED_BY_ADMINS = "the admins' additions";

function matchAt(analysis: TextAnalysis, index: number, terms: CompiledTerm[]): CompiledTerm | null {
  const { tokens } = analysis;
  return (
    terms.find(({ words }) =>
      words.every((word, offset) => {
        const token = tokens[index + offset];
        if (!token || token.kind !== "word") return false;
        return offset === words.length - 1 ? wordMatches(token.lower, word) : token.lower === word;
      }),
    ) ?? null
  );
}

// The actor a term is aimed at: the nearest mention in the same sentence, one after the term winning a tie.
function nearestMention(analysis: TextAnalysis, mentions: ActorMention[], first: number, last: number) {
  const sentence = analysis.sentenceOf[first];
  let best: ActorMention | null = null;
  let bestDistance = Infinity;
  for (const mention of mentions) {
    if (analysis.sentenceOf[mention.first] !== sentence) continue;
    const distance = mention.first > last ? mention.first - last : first - mention.last;
    if (distance >= 0 && distance < bestDistance) [best, bestDistance] = [mention, distance];
  }
  return best;
}

/**
 * Loaded, euphemistic, sensational and labelling words from the lexicon (the shipped one and `extra` entries),
 * in the article's own voice only: words inside a quotation are the source's, and the quote is an attribution.
 */
export function findLoadedLanguage(
  analysis: TextAnalysis,
  actors: SuggestionActor[],
  extra: LexiconEntry[],
): LoadedLanguageSuggestion[] {
  const { text, tokens } = analysis;
  const lexicon =
    extra.length > 0 ? compileLexicon([{ name: ADDED_BY_ADMINS, entries: extra }, ...SHIPPED_LISTS]) : SHIPPED;
  const mentions = actorMentions(analysis, actors);
  const found: LoadedLanguageSuggestion[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const terms =
      tokens[index].kind === "word" && analysis.quoteOf[index] < 0 ? lexicon.get(tokens[index].lower) : null;
    const match = terms ? matchAt(analysis, index, terms) : null;
    if (!match) continue;
    const last = index + match.words.length - 1;
    const mention = nearestMention(analysis, mentions, index, last);
    const target = mention ? tokenSpan(text, tokens, mention.first, mention.last) : null;
    const span = tokenSpan(text, tokens, index, last);
    found.push({
      kind: "loaded_language",
      category: match.entry.category,
      ...span,
      target,
      direction: match.entry.direction,
      actorId: mention?.actorId ?? null,
      rule: "loaded.lexicon",
      why: `“${match.entry.term}” is in the loaded-language lexicon (${match.list})${target ? `; aimed at “${target.text}”` : ""}`,
    });
    index = last;
  }
  return found;
}
