import Link from "next/link";
import type { EventScope } from "@/lib/analytics/queries/count-scope";
import { formatDateRange, plural } from "@/lib/format";
import styles from "./header.module.css";

interface Props {
  event: { id: string; title: string; startsOn: Date | null; endsOn: Date | null };
  scope: EventScope;
  outletCount: number;
}

/** The event compared, the outlets and articles in view, and how much of it rests on adjudicated gold. */
export function CompareHeader({ event, scope, outletCount }: Props) {
  const { inScope, counted, gold, untagged } = scope.total;
  const fromReviewers = counted - gold;
  return (
    <header className={`page-header ${styles.header}`}>
      <p className="small">
        <Link href={`/events/${event.id}`}>
          ← <bdi>{event.title}</bdi>
        </Link>
      </p>
      <h1>Compare outlets</h1>
      <p className="muted">
        <bdi>{event.title}</bdi> · {formatDateRange(event.startsOn, event.endsOn)} ·{" "}
        {plural(scope.outlets.length, "outlet")}
        {scope.outlets.length < outletCount && ` of ${outletCount}`} · {plural(inScope, "article")}
      </p>
      <p className={styles.basis} data-testid="gold-use">
        Uses gold for <strong>{gold}</strong> of {plural(counted, "counted article")}
        {fromReviewers > 0 && `; submitted reviewers' tags, averaged, for ${fromReviewers}`}
        {untagged > 0 && `; ${untagged} untagged, left out`}.
      </p>
      <nav aria-label="Sections" className={styles.jump}>
        <a href="#voices">Who gets a voice</a>
        <a href="#naming">Naming</a>
        <a href="#claims">Claims</a>
        <a href="#frames">Frames</a>
        <a href="#loaded">Loaded language</a>
        <a href="#tone">Tone</a>
        <a href="#timeline">Timeline</a>
        <a href="#divergence">Alike</a>
      </nav>
    </header>
  );
}
