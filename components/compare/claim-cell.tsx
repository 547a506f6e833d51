import { formatWeight } from "@/components/charts/format";
import type { ClaimCell } from "@/lib/analytics/queries/trace-claims";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { plural } from "@/lib/format";
import styles from "./compare.module.css";
import { formLabel } from "./labels";
import { ThinMark } from "./thin-mark";

const SHOWN_WAYS = 3;

/** One claim in one outlet: the ways it was carried, "Omitted" with the articles that leave it out, or no data. */
export function ClaimCellView(props: { cell: ClaimCell; actorNames: Map<string, string>; href: string }) {
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
        {cell.ways.slice(0, SHOWN_WAYS).map((way, index) => (
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
      {cell.ways.length > SHOWN_WAYS && (
        <a href={href} className={styles.detail}>
          and {cell.ways.length - SHOWN_WAYS} more ways
        </a>
      )}
    </td>
  );
}
