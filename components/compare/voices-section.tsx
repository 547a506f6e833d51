import { formatWeight } from "@/components/charts/format";
import { linkTemplate } from "@/components/charts/link-template";
import { segmentLinks } from "@/components/charts/segment-links";
import { stackedShares, type StackCell } from "@/components/charts/stacked-shares";
import type { ChartRow } from "@/components/charts/types";
import { countEvaluativeVerbs } from "@/lib/analytics/queries/count-evaluative-verbs";
import { countVoices, type VoiceCell } from "@/lib/analytics/queries/count-voices";
import { listTopSpeakers } from "@/lib/analytics/queries/list-top-speakers";
import { testOutletDifferences } from "@/lib/analytics/queries/test-outlet-differences";
import { measureAttributionShares } from "@/lib/analytics/queries/measure-attribution-shares";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { groupCells } from "./cell-groups";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import { EvaluativeVerbs } from "./evaluative-verbs";
import { speakerTypeLabel } from "./labels";
import { NothingCounted } from "./nothing-counted";
import { OutletDifferences } from "./outlet-differences";
import { SourcingShares } from "./sourcing-shares";
import { TopSpeakers } from "./top-speakers";
import { VoiceMix, type VoiceMixes } from "./voice-mix";

/** Who gets a voice: whose side is quoted, how sources are given, who is quoted most, and with which verbs. */
export async function VoicesSection({ view }: { view: CompareView }) {
  const [voices, shares, speakers, verbs, actors, differences] = await Promise.all([
    countVoices(view.eventId, view.filters),
    measureAttributionShares(view.eventId, view.filters),
    listTopSpeakers(view.eventId, view.filters),
    countEvaluativeVerbs(view.eventId, view.filters),
    listEventActors(view.eventId),
    testOutletDifferences(view.eventId, view.filters, "actors"),
  ]);
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  // What the client tables need of an actor: not its aliases and counts.
  const actorList = actors.map(({ id, name }) => ({ id, name }));
  const rows = outletRows(view, voices.scope, (outlet) => {
    const tags = voices.outletTotals.find((total) => total.outletId === outlet.outletId)?.tags ?? 0;
    return {
      note: `${plural(outlet.counted, "article")} · ${formatWeight(tags)} tags`,
      thin: isThin({ articles: outlet.counted, tags }),
    };
  });
  const href = (outletId: string, selector: Omit<PassageSelector, "kind">) =>
    passagesHref(view, { kind: "ATTRIBUTION", ...selector, outlet: outletId, section: "voices" });
  const mixes: VoiceMixes = {
    actor: mixOf(rows, voices.byActor, {
      labelOf: (id) => actorNames.get(id) ?? "Removed actor",
      noneLabel: "No actor given",
      links: segmentLinks((outletId, key) => href(outletId, { actor: key }), "none"),
    }),
    speakerType: mixOf(rows, voices.bySpeakerType, {
      labelOf: speakerTypeLabel,
      noneLabel: "No speaker type",
      links: segmentLinks(
        (outletId, key) => href(outletId, { speakerType: key as PassageSelector["speakerType"] }),
        "none",
      ),
    }),
  };
  return (
    <ChartSection
      id="voices"
      title="Who gets a voice"
      intro="Attributions (quotes, paraphrases and unattributed claims) in each outlet's counted articles: whose side speaks, in what form, who is quoted most and with which reporting verbs. Click any bar or number for its passages."
      n={voices.n}
      view={view}
    >
      {rows.length === 0 ? (
        <NothingCounted view={view} scope={voices.scope} />
      ) : (
        <>
          <VoiceMix mixes={mixes} />
          <OutletDifferences
            what="mix of voices by actor"
            differences={differences}
            outlets={view.outlets}
            labelOf={(key) => (key === "none" ? "no actor given" : (actorNames.get(key) ?? "a removed actor"))}
          />
          <SourcingShares view={view} shares={shares} rows={rows} href={href} />
          <TopSpeakers
            speakers={speakers.speakers}
            rows={rows}
            actors={actorList}
            link={linkTemplate(["outlet", "speaker"], ({ outlet, speaker }) => href(outlet, { speaker }))}
          />
          <EvaluativeVerbs
            cells={groupCells(verbs.cells, "actorId")}
            rows={rows}
            actors={actorList}
            link={linkTemplate(["outlet", "actor"], ({ outlet, actor }) =>
              href(outlet, { actor, verbClass: "evaluative" }),
            )}
          />
        </>
      )}
    </ChartSection>
  );
}

type MixOptions = Pick<Parameters<typeof stackedShares>[0], "labelOf" | "noneLabel" | "links">;

// Counted by tags and by quoted words, with the colours of the tag count in both so a toggle keeps them.
function mixOf(rows: ChartRow[], cells: VoiceCell[], options: MixOptions): VoiceMixes["actor"] {
  const stack = (value: (cell: VoiceCell) => number, unit: string, colorOf?: (key: string) => string | undefined) =>
    stackedShares({
      rows,
      cells: cells.map((cell): StackCell => ({ rowId: cell.outletId, key: cell.key, value: value(cell) })),
      unit,
      colorOf,
      ...options,
    });
  const tags = stack((cell) => cell.tags, "tags");
  const colors = new Map(tags.series.map((series) => [series.key, series.color]));
  return {
    tags,
    words: stack(
      (cell) => cell.words,
      "quoted words",
      (key) => colors.get(key),
    ),
  };
}
