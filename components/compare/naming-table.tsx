"use client";

import { formatWeight } from "@/components/charts/format";
import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import type { ChartRow } from "@/components/charts/types";
import type { ActorName } from "@/lib/analytics/queries/list-actor-names";
import { cellsAt, type CellGroups } from "./cell-groups";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import styles from "./compare.module.css";
import { OutletMatrix } from "./outlet-matrix";
import { ThinMark } from "./thin-mark";

/** A name without its outlet and actor, which the groups hold. */
export type NameData = Omit<ActorName, "outletId" | "actorId">;

interface Props {
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  names: CellGroups<NameData>;
  /** Where a name leads: its namings of that actor in that outlet. */
  link: LinkTemplate<"actor" | "name" | "outlet">;
}

/**
 * The names per actor (rows) and outlet (columns). A client component fed the names and one link template, so
 * the table's cells and links are built here rather than sent as elements in the page's payload.
 */
export function NamingTable({ rows, actors, names, link }: Props) {
  return (
    <OutletMatrix
      testId="naming-table"
      caption="Names per actor (rows) and outlet (columns), most used first."
      first="Actor"
      outlets={rows.map((row) => ({ ...row, name: row.label }))}
      rows={actors}
      cell={(actor, outlet) => (
        <NamesCell
          key={outlet.id}
          names={cellsAt(names, outlet.id, actor.id)}
          href={(name) => fillLink(link, { actor: actor.id, name, outlet: outlet.id })}
        />
      )}
    />
  );
}

function NamesCell({ names, href }: { names: NameData[]; href: (key: string) => string }) {
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
