/** Why an assignment change was refused, in words an editor can act on; nothing was changed. */
export class AssignmentError extends Error {}
