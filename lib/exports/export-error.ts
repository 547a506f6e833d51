/** An export that cannot be made as asked, with what to ask instead. */
export class ExportError extends Error {}
