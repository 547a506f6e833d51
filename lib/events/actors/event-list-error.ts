/** A change to an event's actors or claims that was refused, with a message the editor can act on. */
export class EventListError extends Error {}
