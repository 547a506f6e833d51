/** A lexicon change that was refused (a duplicate term), with a message the admin can act on; nothing was written. */
export class LexiconError extends Error {}
