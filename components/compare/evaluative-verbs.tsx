"use client";

import { formatShare, formatWeight } from "@/components/charts/format";
import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import type { ChartRow } from "@/components/charts/types";
import type { EvaluativeCell } from "@/lib/analytics/queries/count-evaluative-verbs";
import { cellsAt, rowCells, type CellGroups } from "./cell-groups";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { actorRowsWithNone } from "./actor-rows";
import styles from "./compare.module.css";
import { OutletMatrix } from "./outlet-matrix";
import { ThinMark } from "./thin-mark";

/** A cell without its outlet and actor, which the groups hold. */
export type VerbCellData = Omit<EvaluativeCell, "outletId" | "actorId">;

interface Props {
  cells: CellGroups<VerbCellData>;
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  /** Where a share leads: the evaluative attributions to that actor (or "none") in that outlet. */
  link: LinkTemplate<"outlet" | "actor">;
}

/**
 * Per actor and outlet, how many of the speakers' statements are reported with an evaluative verb ("claimed",
 * "insisted") rather than a neutral one ("said"): the classic sign of slant in attribution. Shading follows the share.
 * A client component fed the cells and one link template, so its cells and links are built here rather than sent
 * as elements in the page's payload.
 */
export function EvaluativeVerbs({ cells, rows, actors, link }: Props) {
  const actorRows = actorRowsWithNone(actors, (actorId) =>
    rowCells(cells, actorId).some((cell) => cell.classified > 0),
  );
  return (
    <div className={styles.subsection}>
      <h3>Evaluative reporting verbs, by actor</h3>
      <p className={styles.subIntro}>
        Of the attributions to each actor&apos;s speakers whose verb was classed, the share reported with an evaluative
        verb, and which verbs. The darker the cell, the larger the share.
      </p>
      {actorRows.length === 0 ? (
        <p className={styles.note}>No attribution has a classed reporting verb yet.</p>
      ) : (
        <OutletMatrix
          testId="evaluative-verbs"
          first="Actor"
          outlets={rows.map((row) => ({ ...row, name: row.label }))}
          rows={actorRows}
          cell={(actor, outlet) => (
            <VerbCell
              key={outlet.id}
              cell={cellsAt(cells, outlet.id, actor.id)[0]}
              href={fillLink(link, { outlet: outlet.id, actor: actor.id ?? "none" })}
            />
          )}
        />
      )}
    </div>
  );
}

function VerbCell({ cell, href }: { cell: VerbCellData | undefined; href: string }) {
  if (!cell || cell.classified === 0) return <td className={styles.muted}>–</td>;
  const share = cell.evaluative / cell.classified;
  return (
    <td style={{ background: `rgb(204 102 119 / ${(share * 0.2).toFixed(2)})` }}>
      {cell.evaluative > 0 ? (
        <a href={href}>{formatShare(share)} evaluative</a>
      ) : (
        <span className={styles.muted}>none evaluative</span>
      )}{" "}
      <span className={styles.count}>
        ({formatWeight(cell.evaluative)} of {formatWeight(cell.classified)})
      </span>
      {isThin({ articles: cell.articles, tags: cell.classified }) && <ThinMark />}
      {cell.verbs.length > 0 && (
        <div className={styles.detail}>
          {cell.verbs.map((verb) => `“${verb.verb}” ${formatWeight(verb.tags)}`).join(", ")}
        </div>
      )}
    </td>
  );
}
