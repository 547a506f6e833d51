"use client";

import chartStyles from "@/components/charts/charts.module.css";
import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import type { Divergence } from "@/lib/analytics/queries/measure-divergence";
import type { OutletInfo } from "./compare-view";
import styles from "./compare.module.css";
import heat from "./differences.module.css";
import { ThinMark } from "./thin-mark";

interface Props {
  title: string;
  divergence: Divergence;
  outlets: OutletInfo[];
  /** Where a cell leads (the comparison narrowed to two outlets); null in a report, whose readers may have no login. */
  pairLink: LinkTemplate<"a" | "b"> | null;
}

/**
 * A heat-map table of distances between outlets, values written in the cells, outlets in cluster order so alike
 * ones sit together. With `pairLink`, a cell opens the comparison of just those two outlets and a row its profile.
 * A client component fed the distances and one link template, so its ~760 elements are built here rather than
 * sent as elements in the page's payload.
 */
export function DivergenceMatrix({ title, divergence, outlets, pairLink }: Props) {
  const outletOf = (id: string) => outlets.find((outlet) => outlet.id === id);
  return (
    <div>
      <h3>{title}</h3>
      {divergence.outlets.length < 2 ? (
        <p className={styles.note}>Fewer than two outlets have tags to compare.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={heat.heat} data-testid={`divergence-${divergence.mix}`}>
            <caption className={chartStyles.caption}>
              {title}: Jensen–Shannon distance, 0 the same mix, 1 nothing in common
            </caption>
            <thead>
              <tr>
                <td />
                {divergence.outlets.map((outlet) => (
                  <th key={outlet.outletId} scope="col">
                    <span className={styles.swatch} style={{ background: outletOf(outlet.outletId)?.color }} />{" "}
                    <bdi>{outletOf(outlet.outletId)?.name}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {divergence.outlets.map((row, i) => (
                <tr key={row.outletId}>
                  <th scope="row">
                    {pairLink ? (
                      <a href={`/outlets/${row.outletId}`}>
                        <bdi>{outletOf(row.outletId)?.name}</bdi>
                      </a>
                    ) : (
                      <bdi>{outletOf(row.outletId)?.name}</bdi>
                    )}
                    {row.thin && <ThinMark />}
                  </th>
                  {divergence.outlets.map((column, j) =>
                    i === j ? (
                      <td key={column.outletId} className={heat.diagonal}>
                        –
                      </td>
                    ) : (
                      <DistanceCell
                        key={column.outletId}
                        distance={divergence.distances[i][j]}
                        href={pairLink && fillLink(pairLink, { a: row.outletId, b: column.outletId })}
                        label={`${outletOf(row.outletId)?.name} and ${outletOf(column.outletId)?.name}`}
                      />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// Darker means further apart. The shade jumps at 0.5 so that ink (below) and white (above) both keep 4.5:1: a shade
// in between would leave neither readable. Links here are plain ones, not next/link (see SoftLinks).
function DistanceCell({ distance, href, label }: { distance: number; href: string | null; label: string }) {
  const far = distance >= 0.5;
  const alpha = far ? 0.7 + (distance - 0.5) * 0.6 : 0.06 + distance * 0.5;
  const background = `rgb(51 34 136 / ${alpha.toFixed(2)})`;
  return (
    <td style={{ background, color: far ? "#ffffff" : "#1c2230" }}>
      {href ? (
        <a href={href} aria-label={`${label}: distance ${distance.toFixed(2)}; compare just these two`}>
          {distance.toFixed(2)}
        </a>
      ) : (
        <span title={`${label}: distance ${distance.toFixed(2)}`}>{distance.toFixed(2)}</span>
      )}
    </td>
  );
}
