/** The event's actors as table rows, then "No actor given", keeping those `keep` says have something to show. */
export function actorRowsWithNone(
  actors: { id: string; name: string }[],
  keep: (actorId: string | null) => boolean,
): { id: string | null; name: string }[] {
  return [
    ...actors.map((actor) => ({ id: actor.id as string | null, name: actor.name })),
    { id: null, name: "No actor given" },
  ].filter((actor) => keep(actor.id));
}
