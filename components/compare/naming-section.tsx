import { formatWeight } from "@/components/charts/format";
import { listActorNames, type ActorName } from "@/lib/analytics/queries/list-actor-names";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { OutletColumnsHead } from "./outlet-columns-head";
import { NothingCounted } from "./nothing-counted";
import { ThinKey, ThinMark } from "./thin-mark";

/** How each outlet names each actor: the names used, how often, and which are loaded. */
export async function NamingSection({ view }: { view: CompareView }) {
  const [{ n, scope, names }, actors] = await Promise.all([
    listActorNames(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const rows = outletRows(view, scope, (outlet) => ({ note: plural(outlet.counted, "article"), thin: false }));
  const named = actors.filter((actor) => names.some((name) => name.actorId === actor.id));
  const namesOf = (actorId: string, outletId: string) =>
    names.filter((name) => name.actorId === actorId && name.outletId === outletId);
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
        <div className={styles.scroll}>
          <table className={styles.matrix} data-testid="naming-table">
            <caption className={styles.note}>Names per actor (rows) and outlet (columns), most used first.</caption>
            <OutletColumnsHead first="Actor" outlets={rows.map((row) => ({ ...row, name: row.label }))} />
            <tbody>
              {named.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row">
                    <bdi>{actor.name}</bdi>
                  </th>
                  {rows.map((row) => (
                    <NamesCell
                      key={row.id}
                      names={namesOf(actor.id, row.id)}
                      href={(key) =>
                        passagesHref(view, {
                          kind: "NAMING",
                          actor: actor.id,
                          name: key,
                          outlet: row.id,
                          section: "naming",
                        })
                      }
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ThinKey />
        </div>
      )}
    </ChartSection>
  );
}

function NamesCell({ names, href }: { names: ActorName[]; href: (key: string) => string }) {
  if (names.length === 0) return <td className={styles.muted}>Not named</td>;
  const uses = names.reduce((sum, name) => sum + name.uses, 0);
  // The most articles any one name is in: a lower bound of the cell's articles, so a doubtful cell is marked thin.
  const thin = isThin({ articles: Math.max(...names.map((name) => name.articles)), tags: uses });
  return (
    <td>
      <ul>
        {names.map((name, index) => (
          <li key={name.key}>
            <a href={href(name.key)}>
              <bdi>{name.name}</bdi>
            </a>{" "}
            <span className={styles.count}>×{formatWeight(name.uses)}</span>
            {name.loaded > 0 && (
              <span
                className={`${styles.chip} ${styles.loaded}`}
                title={`${formatWeight(name.loaded)} of ${formatWeight(name.uses)} uses tagged as loaded language`}
              >
                loaded
              </span>
            )}
            {thin && index === names.length - 1 && <ThinMark />}
          </li>
        ))}
      </ul>
    </td>
  );
}
