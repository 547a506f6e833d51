import lexicon from "../lexicon/speaker-words.json" with { type: "json" };

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

export const DETERMINERS = new Set(lexicon.determiners);
export const PERSON_ROLES = new Set(lexicon.personRoles);
export const GROUP_ROLES = new Set(lexicon.groupRoles);
export const MODIFIERS = new Set(lexicon.modifiers);

export const SUBJECT_PRONOUNS = wordSet("he she they it we i you");

/** Grammar words that are never part of a speaker phrase. */
export const FUNCTION_WORDS = wordSet(`
  that which who whom whose would will could should can may might must not is was were are be been being has have had
  do does did then as if because while when where whether there here very so such also only just even latter
  what why how said says
`);

/** Words that join the parts of one speaker phrase: "a spokesman for the group", "a source close to Hamas". */
export const CONNECTORS = wordSet("of for at in from with to on and &");

/** Words that may stand between a speaker and the verb: "Biden also argued", "Hamas has repeatedly said". */
export const BETWEEN_SUBJECT_AND_VERB = wordSet(`
  also has have had would will later earlier previously again then repeatedly once even further now first last still
  often reportedly not n’t n't never did does do could might may must should is was were are be been already long too
  just ultimately finally immediately quickly simply subsequently separately meanwhile typically usually always
  frequently sometimes herself himself themselves itself personally ever only privately publicly openly flatly
`);

/** Capitalised words that open a sentence without naming anyone. */
export const SENTENCE_OPENERS = wordSet(`
  but and moreover however meanwhile still yet so also then now instead earlier later today yesterday on in at when
  while after before asked speaking if as because although though since last this that separately finally indeed
  further furthermore additionally overall ultimately during under with without for by from there here even only or
  nor until unless whether what why how where who according despite amid among following like unlike to of about over
  it its in
`);

/** Words of time or place that follow a reporting verb without being its speaker: "said Tuesday". */
export const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march april may
  june july august september october november december jan. feb. aug. sept. oct. nov. dec. earlier later last this
  late on in at during after before when while recently afterward afterwards week month year morning
  afternoon evening night weekend
`);

/** Nouns of the occasion rather than the speaker: "said in a statement", "told a news conference". */
export const OCCASION_NOUNS = wordSet(`
  statement statements interview interviews speech speeches email emails conference briefing rally debate hearing post
  posts tweet tweets video meeting address call remarks appearance op-ed editorial letter book memo message broadcast
  podcast show program programme session event town hall
`);
