// Quotation marks by family: a quote opened with a mark of one family is closed by a mark of the same family.
// Doubles: English “ ”, German „ “, Swedish ” ”, typewriter " and '' / ``. Guillemets: French « », German » «.
// Singles: ‘ ’ and ' (a ’ between letters is an apostrophe and never reaches here: the tokenizer keeps it in the word).
export type QuoteFamily = "double" | "guillemet" | "single-guillemet" | "single";

const FAMILIES: Record<string, QuoteFamily> = {
  '"': "double",
  "“": "double",
  "”": "double",
  "„": "double",
  "‟": "double",
  "''": "double",
  "``": "double",
  "«": "guillemet",
  "»": "guillemet",
  "‹": "single-guillemet",
  "›": "single-guillemet",
  "‘": "single",
  "’": "single",
  "'": "single",
};

export function quoteFamily(mark: string): QuoteFamily {
  return FAMILIES[mark];
}

/** Marks that only ever open a quote. */
const ONLY_OPENING = new Set(["„", "‟", "``", "‘"]);

/** Marks that only ever close a quote, given how the quote was opened. */
export function canClose(opener: string, mark: string): boolean {
  if (quoteFamily(opener) !== quoteFamily(mark) || ONLY_OPENING.has(mark)) return false;
  if (opener === "«") return mark === "»";
  if (opener === "»") return mark === "«";
  if (opener === "‹") return mark === "›";
  if (opener === "›") return mark === "‹";
  // “ closes a German „ quote, and a sloppy “ … “ pair; other doubles close any double.
  if (mark === "“") return opener === "„" || opener === "“";
  return true;
}
