import { formatShare, formatWeight } from "@/components/charts/format";
import type { ChartRow } from "@/components/charts/types";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import type { EvaluativeCell, EvaluativeVerbs as Verbs } from "@/lib/analytics/queries/count-evaluative-verbs";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { actorRowsWithNone } from "./compare-view";
import styles from "./compare.module.css";
import { OutletColumnsHead } from "./outlet-columns-head";
import { ThinKey, ThinMark } from "./thin-mark";

interface Props {
  verbs: Verbs;
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  href: (outletId: string, selector: Omit<PassageSelector, "kind">) => string;
}

/**
 * Per actor and outlet, how many of the speakers' statements are reported with an evaluative verb ("claimed",
 * "insisted") rather than a neutral one ("said"): the classic sign of slant in attribution. Shading follows the share.
 */
export function EvaluativeVerbs({ verbs, rows, actors, href }: Props) {
  const actorRows = actorRowsWithNone(actors, (actorId) =>
    verbs.cells.some((cell) => cell.actorId === actorId && cell.classified > 0),
  );
  const cellOf = (outletId: string, actorId: string | null) =>
    verbs.cells.find((cell) => cell.outletId === outletId && cell.actorId === actorId);
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
        <div className={styles.scroll}>
          <table className={styles.matrix} data-testid="evaluative-verbs">
            <OutletColumnsHead first="Actor" outlets={rows.map((row) => ({ ...row, name: row.label }))} />
            <tbody>
              {actorRows.map((actor) => (
                <tr key={actor.id ?? "none"}>
                  <th scope="row">
                    <bdi>{actor.name}</bdi>
                  </th>
                  {rows.map((row) => (
                    <VerbCell
                      key={row.id}
                      cell={cellOf(row.id, actor.id)}
                      href={href(row.id, { actor: actor.id ?? "none", verbClass: "evaluative" })}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ThinKey />
        </div>
      )}
    </div>
  );
}

function VerbCell({ cell, href }: { cell: EvaluativeCell | undefined; href: string }) {
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
