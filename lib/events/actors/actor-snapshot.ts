/** What the audit log keeps of an actor before and after a change. */
export const ACTOR_SNAPSHOT = { id: true, name: true, aliases: true, position: true } as const;

export function duplicateActorMessage(name: string): string {
  return `“${name}” is already an actor of this event (names are compared ignoring case).`;
}
