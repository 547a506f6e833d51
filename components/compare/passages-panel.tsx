import Link from "next/link";
import { filterParams } from "@/lib/analytics/filters";
import {
  PASSAGE_LIMIT_PARAM,
  PASSAGES_PER_OUTLET,
  writePassageSelector,
  type PassageSelector,
} from "@/lib/analytics/passage-selector";
import { countScope } from "@/lib/analytics/queries/count-scope";
import { findCategoryLabel } from "@/lib/analytics/queries/find-category-label";
import { passagesFor } from "@/lib/analytics/queries/passages-for";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { listEventClaims } from "@/lib/events/claims/list-event-claims";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { describeSelection } from "./describe-selection";
import { FocusOnArrival } from "./focus-on-arrival";
import { PassageColumn } from "./passage-column";
import panelStyles from "./passages.module.css";

interface Props {
  view: CompareView;
  selector: PassageSelector;
  limit: number;
}

/**
 * The tagged passages behind a clicked number, outlet by outlet in parallel columns (the clicked outlet first),
 * each linked to its article. Rendered from the URL, so it can be shared and works without scripts.
 */
export async function PassagesPanel({ view, selector, limit }: Props) {
  const [outlets, scope, actors, claims, category] = await Promise.all([
    passagesFor(view.eventId, view.filters, selector, limit),
    countScope(view.eventId, view.filters),
    listEventActors(view.eventId),
    listEventClaims(view.eventId),
    selector.code ? findCategoryLabel(selector.code) : null,
  ]);
  const title = describeSelection(selector, {
    actor: actors.find((actor) => actor.id === selector.actor)?.name,
    claim: claims.find((claim) => claim.id === selector.claim)?.label,
    category: category ?? undefined,
  });
  const columns = view.outlets
    .filter((outlet) => scope.outlets.some((row) => row.outletId === outlet.id && row.counted > 0))
    .sort((a, b) => Number(b.id === selector.outlet) - Number(a.id === selector.outlet));
  const more = writePassageSelector(filterParams(view.filters), selector);
  more.set(PASSAGE_LIMIT_PARAM, String(limit + PASSAGES_PER_OUTLET * 2));
  const close = `${view.path}?${filterParams(view.filters)}#${selector.section ?? "voices"}`;
  return (
    <section className={`card ${styles.section} ${panelStyles.panel}`} id="passages" aria-labelledby="passages-heading">
      <header className={panelStyles.header}>
        <div>
          <p className={panelStyles.eyebrow}>Passages behind the number</p>
          <FocusOnArrival id="passages-heading" label={title} />
        </div>
        <Link href={close} className={panelStyles.close}>
          Close passages
        </Link>
      </header>
      <div className={styles.columns}>
        {columns.map((outlet) => (
          <PassageColumn
            key={outlet.id}
            outlet={outlet}
            clicked={outlet.id === selector.outlet}
            passages={outlets.find((row) => row.outletId === outlet.id)}
            moreHref={`${view.path}?${more}#passages`}
            frameLevel={selector.kind.endsWith("_FRAME") || selector.kind === "TONE"}
          />
        ))}
      </div>
    </section>
  );
}
