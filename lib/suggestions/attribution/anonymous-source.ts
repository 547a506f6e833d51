const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Phrases that withhold who speaks: "a source close to Hamas", "officials who spoke on condition of anonymity".
const WITHHELD =
  /\b(?:anonymous|anonymously|unnamed|unidentified|anonymity|not authori[sz]ed to|(?:declined|asked|requested) not to be|familiar with|close to|knowledgeable about|briefed on|with knowledge of|privy to)\b/i;

// Heads of speaker phrases that name a kind of person or outlet, not a person: "officials", "a source", "local media".
const GENERIC_HEADS = wordSet(`
  source sources official officials person people diplomat diplomats insider insiders aide aides adviser advisers
  advisor advisors officer officers member members spokesman spokeswoman spokesperson spokespeople media reports
  report outlets sources insiders staffers operatives strategist strategists analysts
`);

/** Whether a speaker phrase withholds the speaker's identity ("a source close to …", "an unnamed official"). */
export function isAnonymous(speakerText: string): boolean {
  if (WITHHELD.test(speakerText)) return true;
  // "Jane Doe, a spokeswoman": an apposition describes a speaker the words before it have named.
  const named = speakerText.split(",")[0];
  const words = named.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
  const head = words.at(-1);
  return head !== undefined && GENERIC_HEADS.has(head.toLowerCase());
}
