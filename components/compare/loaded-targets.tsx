"use client";

import { formatDensity, formatWeight } from "@/components/charts/format";
import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import type { ChartRow } from "@/components/charts/types";
import type { LoadedDirection } from "@/lib/analytics/queries/measure-loaded-language";
import { actorRowsWithNone } from "./actor-rows";
import type { ShownDensity, ShownTarget, ShownTargets } from "./loaded-charts";
import styles from "./compare.module.css";
import { OutletMatrix } from "./outlet-matrix";
import { ThinMark } from "./thin-mark";

const DIRECTIONS: { direction: LoadedDirection; mark: string; label: string }[] = [
  { direction: "unfavourable", mark: "▼", label: "unfavourable" },
  { direction: "favourable", mark: "▲", label: "favourable" },
  { direction: "unstated", mark: "·", label: "direction not recorded" },
];

interface Props {
  outlets: ShownTargets;
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  /** Where a density leads, its passages; null in a report: its readers may have no login, so nothing links. */
  link: LinkTemplate<"outlet" | "actor" | "direction"> | null;
}

/**
 * Per actor aimed at and outlet: loaded language per 1,000 words of the outlet's text, by direction. A client
 * component fed the densities and one link template, so its cells and links are built here rather than sent as
 * elements in the page's payload.
 */
export function LoadedTargets({ outlets, rows, actors, link }: Props) {
  const targetOf = (outletId: string, actorId: string | null) =>
    outlets.find((outlet) => outlet.outletId === outletId)?.targets.find((one) => one.actorId === actorId);
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
        <OutletMatrix
          testId="loaded-targets"
          first="Aimed at"
          outlets={rows.map((row) => ({ ...row, name: row.label }))}
          linkProfiles={link !== null}
          rows={actorRows}
          cell={(actor, outlet) => (
            <TargetCell
              key={outlet.id}
              target={targetOf(outlet.id, actor.id)}
              href={(direction) => link && fillLink(link, { outlet: outlet.id, actor: actor.id ?? "none", direction })}
            />
          )}
        />
      )}
    </div>
  );
}

function TargetCell(props: { target: ShownTarget | undefined; href: (direction: LoadedDirection) => string | null }) {
  const { target, href } = props;
  if (!target) return <td className={styles.muted}>–</td>;
  const shade = Math.min((target.densities.unfavourable.density ?? 0) / 20, 1) * 0.25;
  return (
    <td style={{ background: `rgb(204 102 119 / ${shade.toFixed(2)})` }}>
      <ul>
        {DIRECTIONS.map(({ direction, mark, label }) => (
          <DirectionLine
            key={direction}
            cell={target.densities[direction]}
            mark={mark}
            label={label}
            href={href(direction)}
          />
        ))}
      </ul>
    </td>
  );
}

interface LineProps {
  cell: ShownDensity;
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
