"use client";

import { countOf, formatWeight } from "@/components/charts/format";
import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import type { ChartRow } from "@/components/charts/types";
import type { TopSpeaker } from "@/lib/analytics/queries/list-top-speakers";
import styles from "./compare.module.css";
import { speakerTypeLabel } from "./labels";
import { ThinMark } from "./thin-mark";
import speakerStyles from "./top-speakers.module.css";

interface Props {
  speakers: TopSpeaker[];
  rows: ChartRow[];
  actors: { id: string; name: string }[];
  /** Where a speaker leads: their attributions in that outlet. */
  link: LinkTemplate<"outlet" | "speaker">;
}

/**
 * Each outlet's most quoted speakers, side by side, each with a bar for its share of the outlet's top speaker.
 * A client component fed the speakers and one link template, so its lists and links are built here rather than
 * sent as elements in the page's payload.
 */
export function TopSpeakers({ speakers: all, rows, actors, link }: Props) {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (
    <div className={styles.subsection}>
      <h3>Most quoted speakers</h3>
      <p className={styles.subIntro}>
        Ranked by attributions (then quoted words); names are grouped ignoring case. Open a speaker for their passages.
      </p>
      <div className={styles.columns} data-testid="top-speakers">
        {rows.map((row) => {
          const speakers = all.filter((speaker) => speaker.outletId === row.id);
          const most = Math.max(...speakers.map((speaker) => speaker.tags), 1);
          return (
            <section key={row.id} className={styles.column} aria-label={`Most quoted in ${row.label}`}>
              <h4 className={styles.columnHeader} style={{ ["--outlet" as string]: row.color }}>
                <span className={styles.swatch} style={{ background: row.color }} /> <bdi>{row.label}</bdi>
                {row.thin && <ThinMark />}
              </h4>
              {speakers.length === 0 ? (
                <p className={styles.muted}>No named speaker.</p>
              ) : (
                <ol className={speakerStyles.list}>
                  {speakers.map((speaker) => (
                    <li key={speaker.key}>
                      <a href={fillLink(link, { outlet: row.id, speaker: speaker.key })}>
                        <bdi>{speaker.speaker}</bdi>
                      </a>
                      {speaker.anonymous && <span className={styles.detail}> (anonymous)</span>}
                      <span className={speakerStyles.meter} aria-hidden="true">
                        <span style={{ width: `${(speaker.tags / most) * 100}%`, background: row.color }} />
                      </span>
                      <span className={styles.detail}>
                        {countOf(speaker.tags, "attribution")} · {countOf(speaker.words, "word")} ·{" "}
                        {speakerTypeLabel(speaker.speakerType)}
                        {speaker.actorId && `, ${actorNames.get(speaker.actorId) ?? "removed actor"}`}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
              {speakers[0] && speakers[0].speakers > speakers.length && (
                <p className={styles.detail}>
                  Top {speakers.length} of {speakers[0].speakers} speakers.
                </p>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
