/** Why a tag or form change was refused, in words the reviewer can act on; nothing was written. */
export class TaggingError extends Error {}
