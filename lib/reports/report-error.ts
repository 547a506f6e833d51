/** A report change that was refused, with a message the editor can act on. */
export class ReportError extends Error {}
