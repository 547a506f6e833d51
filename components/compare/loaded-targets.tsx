import { formatDensity, formatWeight } from "@/components/charts/format";
import type { ChartRow } from "@/components/charts/types";
import type { DensityCell, LoadedDirection, LoadedLanguage } from "@/lib/analytics/queries/measure-loaded-language";
import { actorRowsWithNone } from "./compare-view";
import type { LoadedHref } from "./loaded-charts";
import styles from "./compare.module.css";
import { OutletColumnsHead } from "./outlet-columns-head";
import { ThinKey, ThinMark } from "./thin-mark";

const DIRECTIONS: { direction: LoadedDirection; mark: string; label: string }[] = [
  { direction: "unfavourable", mark: "▼", label: "unfavourable" },
  { direction: "favourable", mark: "▲", label: "favourable" },
  { direction: "unstated", mark: "·", label: "direction not recorded" },
];

interface Props {
  loaded: LoadedLanguage;
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  /** Null in a report: its readers may have no login, so nothing links. */
  href: LoadedHref;
}

/** Per actor aimed at and outlet: loaded language per 1,000 words of the outlet's text, by direction. */
export function LoadedTargets({ loaded, rows, actors, href }: Props) {
  const targetOf = (outletId: string, actorId: string | null) =>
    loaded.outlets.find((outlet) => outlet.outletId === outletId)?.targets.find((one) => one.actorId === actorId);
  const actorRows = actorRowsWithNone(actors, (actorId) => rows.some((row) => targetOf(row.id, actorId)));
  return (
    <div className={styles.subsection}>
      <h3>Aimed at whom</h3>
      <p className={styles.subIntro}>
        Loaded wording per 1,000 words of each outlet&apos;s counted text, by the actor it targets: ▼ unfavourable, ▲
        favourable. The darker the cell, the more unfavourable wording.
      </p>
      {actorRows.length === 0 ? (
        <p className={styles.note}>No loaded language has been tagged in these articles.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.matrix} data-testid="loaded-targets">
            <OutletColumnsHead
              first="Aimed at"
              outlets={rows.map((row) => ({ ...row, name: row.label }))}
              linkProfiles={href !== null}
            />
            <tbody>
              {actorRows.map((actor) => (
                <tr key={actor.id ?? "none"}>
                  <th scope="row">
                    <bdi>{actor.name}</bdi>
                  </th>
                  {rows.map((row) => {
                    const target = targetOf(row.id, actor.id);
                    if (!target)
                      return (
                        <td key={row.id} className={styles.muted}>
                          –
                        </td>
                      );
                    const shade = Math.min((target.densities.unfavourable.density ?? 0) / 20, 1) * 0.25;
                    return (
                      <td key={row.id} style={{ background: `rgb(204 102 119 / ${shade.toFixed(2)})` }}>
                        <ul>
                          {DIRECTIONS.map(({ direction, mark, label }) => (
                            <DirectionLine
                              key={direction}
                              cell={target.densities[direction]}
                              mark={mark}
                              label={label}
                              href={href && href(row.id, { actor: actor.id ?? "none", direction })}
                            />
                          ))}
                        </ul>
                      </td>
                    );
                  })}
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

interface LineProps {
  cell: DensityCell;
  mark: string;
  label: string;
  href: string | null;
}

function DirectionLine({ cell, mark, label, href }: LineProps) {
  if (cell.tags === 0) return null;
  const density = (
    <>
      <span aria-hidden="true">{mark}</span> {formatDensity(cell.density)}
    </>
  );
  const description = `${formatDensity(cell.density)} ${label} per 1,000 words`;
  return (
    <li>
      {href ? (
        <a href={href} aria-label={description}>
          {density}
        </a>
      ) : (
        <span title={description}>{density}</span>
      )}{" "}
      <span className={styles.count}>({formatWeight(cell.tags)})</span>
      {cell.thin && <ThinMark />}
    </li>
  );
}
