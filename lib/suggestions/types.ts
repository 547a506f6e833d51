/** A stretch of the article text: UTF-16 offsets, end exclusive, and the text between them. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** An event actor the engine may link speakers, namings and loaded terms to. */
export interface SuggestionActor {
  id: string;
  name: string;
  aliases: string[];
}

/** A loaded-language entry added to the shipped lexicon (for example by an admin in the app). */
export interface LexiconEntry {
  term: string;
  category: LoadedCategory;
  direction: "unfavourable" | "favourable" | null;
}

export interface SuggestOptions {
  actors?: SuggestionActor[];
  extraLexicon?: LexiconEntry[];
}

export type VerbClass = "neutral" | "evaluative";

export type LoadedCategory = "loaded.loaded_term" | "loaded.euphemism" | "loaded.intensifier" | "loaded.group_label";

/** Why a suggestion was made: the rule that fired and a sentence a reviewer can check against the text. */
interface Explained {
  rule: string;
  why: string;
}

export interface AttributionSuggestion extends TextSpan, Explained {
  kind: "attribution";
  category: "attribution.reported_speech";
  /** The content's pieces: two or more when a quote is split around its cue ("…," he said, "…"). */
  parts: TextSpan[];
  form: "direct" | "indirect";
  anonymous: boolean;
  /** Who speaks: a pronoun resolved to the earlier mention it stands for. */
  speaker: TextSpan | null;
  /** The words naming the speaker within the attribution itself ("he" when `speaker` is its antecedent). */
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  /** The reporting verb's base form ("say", "claim"), or the cue's words when it is no verb ("according to"). */
  verb: string | null;
  verbClass: VerbClass | null;
  actorId: string | null;
}

export interface NamingSuggestion extends TextSpan, Explained {
  kind: "naming";
  category: "naming.actor";
  /** The nearby mention of the actor (its name or an alias) that the description refers back to. */
  target: TextSpan | null;
  actorId: string;
}

export interface LoadedLanguageSuggestion extends TextSpan, Explained {
  kind: "loaded_language";
  category: LoadedCategory;
  /** The actor mention the wording is aimed at, when one is close by in the same sentence. */
  target: TextSpan | null;
  direction: "unfavourable" | "favourable" | null;
  actorId: string | null;
}

export type Suggestion = AttributionSuggestion | NamingSuggestion | LoadedLanguageSuggestion;
