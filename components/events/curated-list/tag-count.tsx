import { plural } from "@/lib/format";
import styles from "./event-list.module.css";

/** Shown to editors: an item tags use cannot be removed, so they see that before trying. */
export function TagCount({ count }: { count: number }) {
  return (
    <span className={styles.aside}>{count === 0 ? "Not used by any tag yet" : `Used by ${plural(count, "tag")}`}</span>
  );
}
