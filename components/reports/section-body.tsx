import type { ReactNode } from "react";
import type { ChartN } from "@/lib/analytics/chart-n";
import { plural } from "@/lib/format";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";
import type { ReportSection } from "@/lib/reports/schemas";
import { ClaimsPart } from "./claims-part";
import { DifferencesPart } from "./differences-part";
import { DivergencePart } from "./divergence-part";
import { FramesPart } from "./frames-part";
import { LoadedPart } from "./loaded-part";
import { NamingPart } from "./naming-part";
import { TimelinePart } from "./timeline-part";
import { TonePart } from "./tone-part";
import { VoicesPart } from "./voices-part";

/** A section's n (or, for a chart of articles rather than tags, its n in words) and its body. */
type Body = { n: ChartN | string; unit?: string; render: () => ReactNode };

/** What a chosen section shows, or null when the snapshot has no numbers for it (published before it existed). */
export function sectionBody(snapshot: ReportSnapshot, section: ReportSection): Body | null {
  const { voices, naming, claims, frames, loaded, tone, timeline, divergence, differences } = snapshot.sections;
  if (section === "voices" && voices)
    return { n: voices.voices.n, render: () => <VoicesPart snapshot={snapshot} data={voices} /> };
  if (section === "naming" && naming)
    return { n: naming.names.n, unit: "namings", render: () => <NamingPart snapshot={snapshot} data={naming} /> };
  if (section === "claims" && claims)
    return { n: claims.claims.n, unit: "claim links", render: () => <ClaimsPart snapshot={snapshot} data={claims} /> };
  if (section === "frames" && frames)
    return { n: frames.mix.n, unit: "frame tags", render: () => <FramesPart snapshot={snapshot} data={frames} /> };
  if (section === "loaded" && loaded)
    return {
      n: loaded.loaded.n,
      unit: "loaded-language tags",
      render: () => <LoadedPart snapshot={snapshot} data={loaded} />,
    };
  if (section === "tone" && tone)
    return { n: tone.tone.n, unit: "rated articles", render: () => <TonePart snapshot={snapshot} data={tone} /> };
  if (section === "timeline" && timeline)
    return {
      n: `${plural(timeline.timeline.scope.total.inScope, "article")} in view, tagged or not`,
      render: () => <TimelinePart snapshot={snapshot} data={timeline} />,
    };
  if (section === "divergence" && divergence)
    return {
      n: divergence.n,
      unit: "frame and attribution tags",
      render: () => <DivergencePart snapshot={snapshot} data={divergence} />,
    };
  if (section === "differences" && differences)
    return {
      n: `${plural(tested(differences.frames), "article")} with frame passages, ${plural(tested(differences.voices), "article")} with attributions tested`,
      render: () => <DifferencesPart snapshot={snapshot} data={differences} />,
    };
  return null;
}

const tested = (differences: { articles: number }[]) => differences.reduce((sum, one) => sum + one.articles, 0);
