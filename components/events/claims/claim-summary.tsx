import type { EventClaimItem } from "@/lib/events/claims/list-event-claims";
import styles from "../curated-list/event-list.module.css";

/** A claim as everyone reads it: the label, then what exactly was said or counted. */
export function ClaimSummary({ claim }: { claim: EventClaimItem }) {
  return (
    <>
      <span className={styles.name} dir="auto">
        {claim.label}
      </span>
      {claim.detail && (
        <p className={styles.detail} dir="auto">
          {claim.detail}
        </p>
      )}
    </>
  );
}
