const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Words that take a full stop without ending the sentence: titles before names, and other short forms common in
// news copy. Dotted forms ("U.S.", "H.W.") and single initials ("George W.") are recognised by their shape.
export const TITLE_ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof sen rep gov gen lt col capt sgt cmdr adm maj pres sec amb rev fr hon gens sens reps supt atty insp st
`);

export const OTHER_ABBREVIATIONS = wordSet(`
  jr sr inc co corp ltd no vs etc approx dept univ jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd
  calif fla ill mass mich minn penn tenn wash wis ariz colo conn ga ind kan ky la md miss mo mont neb nev okla ore pa
  va vt wyo ala ark del est op cf al
`);
