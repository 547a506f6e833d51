const names = new Intl.DisplayNames(["en"], { type: "language" });

/** A stored language as a valid BCP 47 tag for `lang`, or undefined when it is not one. */
export function languageTag(language: string | null): string | undefined {
  if (!language) return undefined;
  try {
    return Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
}

/** "en" → "English", "pt-BR" → "Brazilian Portuguese"; an unknown value is shown as stored. */
export function languageName(language: string | null): string | null {
  const tag = languageTag(language);
  return tag ? (names.of(tag) ?? tag) : language;
}
