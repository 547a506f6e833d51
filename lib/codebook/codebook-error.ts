/** A publish that was refused, with a message for the admin and, where it concerns one field, the field's path. */
export class CodebookError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** Someone published after the version the admin edited: their edits must be checked against the newer one. */
export class StaleCodebookError extends CodebookError {}
