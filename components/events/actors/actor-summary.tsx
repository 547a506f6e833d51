import type { EventActorItem } from "@/lib/events/actors/list-event-actors";
import styles from "../curated-list/event-list.module.css";

/** An actor as everyone reads it: the name, then the other names articles use for it. */
export function ActorSummary({ actor }: { actor: EventActorItem }) {
  return (
    <>
      <span className={styles.name} dir="auto">
        {actor.name}
      </span>
      {actor.aliases.length > 0 && (
        <span className={styles.aside} dir="auto">
          Also: {actor.aliases.join(" · ")}
        </span>
      )}
    </>
  );
}
