/** Why an adjudication change was refused, in words the adjudicator can act on; nothing was written. */
export class AdjudicationError extends Error {}
