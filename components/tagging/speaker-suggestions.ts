import type { EventLinks, WorkspaceTag } from "./types";

/** Names a speaker field offers: the event's actors with their aliases, and speakers already typed. */
export function speakerSuggestions(links: EventLinks, tags: WorkspaceTag[]): string[] {
  const typed = tags.map((tag) => tag.attributes.speaker).filter((name): name is string => typeof name === "string");
  return [...new Set([...links.actors.flatMap((actor) => [actor.name, ...actor.aliases]), ...typed])].sort();
}
