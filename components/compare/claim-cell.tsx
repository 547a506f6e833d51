import { formatWeight } from "@/components/charts/format";
import type { ClaimCarriage, ClaimCell } from "@/lib/analytics/queries/trace-claims";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { plural } from "@/lib/format";
import { groupCells, type CellGroups } from "./cell-groups";
import styles from "./compare.module.css";
import { formLabel } from "./labels";
import { ThinMark } from "./thin-mark";

const SHOWN_WAYS = 3;

/** A cell as the table shows it: its first ways, without the speaker type, and how many more there are. */
export type ShownClaimCell = Omit<ClaimCell, "ways" | "claimId" | "outletId"> & {
  ways: Omit<ClaimCarriage, "speakerType">[];
  moreWays: number;
};

/** The part of `cell` the table shows, its ids grouped: a cell's ways beyond the first three are only counted. */
export function shownClaimCells(cells: ClaimCell[]): CellGroups<ShownClaimCell> {
  return groupCells(cells.map(shownClaimCell), "claimId");
}

function shownClaimCell({ ways, ...cell }: ClaimCell): ShownClaimCell & Pick<ClaimCell, "claimId" | "outletId"> {
  return {
    ...cell,
    ways: ways.slice(0, SHOWN_WAYS).map(({ speakerType: _unshown, ...way }) => way),
    moreWays: Math.max(ways.length - SHOWN_WAYS, 0),
  };
}

/** One claim in one outlet: the ways it was carried, "Omitted" with the articles that leave it out, or no data. */
export function ClaimCellView(props: { cell: ShownClaimCell; actorNames: Map<string, string>; href: string }) {
  const { cell, actorNames, href } = props;
  if (cell.status === "untagged") return <td className={styles.muted}>No counted articles</td>;
  if (cell.status === "omitted")
    return (
      <td className={styles.omittedCell} data-status="omitted">
        <span className={`${styles.chip} ${styles.omitted}`}>Omitted</span>
        <div className={styles.detail}>
          in {cell.countedArticles === 1 ? "its 1 counted article" : `all ${cell.countedArticles} counted articles`}
        </div>
      </td>
    );
  return (
    <td data-status="carried">
      <a href={href} className={`${styles.chip} ${styles.carried}`}>
        Carried
      </a>
      <span className={styles.count}>
        in {cell.articles} of {plural(cell.countedArticles, "article")}
        {cell.tags !== cell.articles && ` · ${formatWeight(cell.tags)} tags`}
      </span>
      {isThin({ articles: cell.countedArticles, tags: cell.tags }) && <ThinMark />}
      <ul className={styles.ways}>
        {cell.ways.map((way, index) => (
          <li key={index}>
            <strong>{formLabel(way.form)}</strong>
            {way.speaker ? (
              <>
                {" "}
                from <bdi>{way.speaker}</bdi>
              </>
            ) : (
              way.form !== "unattributed" && " from an unnamed speaker"
            )}
            {way.actorId && <span className={styles.detail}> ({actorNames.get(way.actorId) ?? "removed actor"})</span>}
            <div className={styles.detail}>
              {way.inLead ? "in the lead" : "after the lead"}
              {way.verb && ` · “${way.verb}”${way.verbClass === "evaluative" ? " (evaluative)" : ""}`}
              {way.tags < way.articles && " · not every reviewer linked it"}
            </div>
          </li>
        ))}
      </ul>
      {cell.moreWays > 0 && (
        <a href={href} className={styles.detail}>
          and {cell.moreWays} more ways
        </a>
      )}
    </td>
  );
}
