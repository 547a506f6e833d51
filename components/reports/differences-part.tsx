import { OutletDifferences } from "@/components/compare/outlet-differences";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import styles from "./report.module.css";

/** Per outlet, whether its frame mix and its voices differ from the other outlets' by more than chance. */
export function DifferencesPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["differences"] }) {
  const outlets = reportOutlets(snapshot);
  const frames = new Map(data.frameLabels.map((frame) => [frame.code, frame.label]));
  const actors = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  if (data.frames.length === 0 && data.voices.length === 0)
    return <p className={styles.muted}>Fewer than two outlets have tagged articles to compare.</p>;
  return (
    <>
      <OutletDifferences
        what="frame mix"
        differences={data.frames}
        outlets={outlets}
        labelOf={(code) => frames.get(code) ?? code}
      />
      <OutletDifferences
        what="mix of voices by actor"
        differences={data.voices}
        outlets={outlets}
        labelOf={(key) => (key === "none" ? "no actor given" : (actors.get(key) ?? "a removed actor"))}
      />
    </>
  );
}
