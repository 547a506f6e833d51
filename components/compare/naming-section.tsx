import { linkTemplate } from "@/components/charts/link-template";
import { listActorNames } from "@/lib/analytics/queries/list-actor-names";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { groupCells } from "./cell-groups";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { NamingTable } from "./naming-table";
import { NothingCounted } from "./nothing-counted";

/** How each outlet names each actor: the names used, how often, and which are loaded. */
export async function NamingSection({ view }: { view: CompareView }) {
  const [{ n, scope, names }, actors] = await Promise.all([
    listActorNames(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const rows = outletRows(view, scope, (outlet) => ({ note: plural(outlet.counted, "article"), thin: false }));
  const named = actors.filter((actor) => names.some((name) => name.actorId === actor.id));
  return (
    <ChartSection
      id="naming"
      title="How each outlet names each actor"
      intro={
        <>
          The names and descriptions each outlet uses in its own voice for the event&apos;s actors, grouped ignoring
          case, with how often. <span className={`${styles.chip} ${styles.loaded}`}>loaded</span> marks a naming that a
          reviewer also tagged as loaded language.
        </>
      }
      n={n}
      unit="namings"
      view={view}
    >
      {rows.length === 0 ? (
        <NothingCounted view={view} scope={scope} />
      ) : named.length === 0 ? (
        <p className={styles.note}>No naming of an actor is tagged in the counted articles.</p>
      ) : (
        <NamingTable
          rows={rows}
          actors={named.map(({ id, name }) => ({ id, name }))}
          names={groupCells(names, "actorId")}
          link={linkTemplate(["actor", "name", "outlet"], ({ actor, name, outlet }) =>
            passagesHref(view, { kind: "NAMING", actor, name, outlet, section: "naming" }),
          )}
        />
      )}
    </ChartSection>
  );
}
