import { formatWeight } from "@/components/charts/format";
import { categoryColor, MAX_CATEGORIES } from "@/components/charts/palette";
import { segmentLinks } from "@/components/charts/segment-links";
import { stackedShares, type StackCell } from "@/components/charts/stacked-shares";
import { countArticleFrames, type ArticleFrames, type FormFrame } from "@/lib/analytics/queries/count-article-frames";
import { countFrames, type FrameMix } from "@/lib/analytics/queries/count-frames";
import { testOutletDifferences } from "@/lib/analytics/queries/test-outlet-differences";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { FrameCharts } from "./frame-charts";
import { NothingCounted } from "./nothing-counted";
import { OutletDifferences } from "./outlet-differences";

/** Frames: the mix of frame passages per outlet, and the primary and headline frame of its articles. */
export async function FramesSection({ view }: { view: CompareView }) {
  const [mix, forms, differences] = await Promise.all([
    countFrames(view.eventId, view.filters),
    countArticleFrames(view.eventId, view.filters),
    testOutletDifferences(view.eventId, view.filters, "frames"),
  ]);
  const colorOf = frameColors(mix, forms);
  const labels = new Map([...mix.frames, ...forms.frames].map((frame) => [frame.code, frame.label]));
  const labelOf = (code: string) => labels.get(code) ?? code;
  const tagsOf = (outletId: string) =>
    mix.frames.filter((frame) => frame.outletId === outletId).reduce((sum, frame) => sum + frame.tags, 0);
  const spanRows = outletRows(view, mix.scope, (outlet) => ({
    note: `${plural(outlet.counted, "article")} · ${formatWeight(tagsOf(outlet.outletId))} tags`,
    thin: isThin({ articles: outlet.counted, tags: tagsOf(outlet.outletId) }),
  }));
  const articleRows = outletRows(view, forms.scope, (outlet) => ({
    note: plural(outlet.counted, "article"),
    thin: outlet.counted < 3,
  }));
  const spans = stackedShares({
    rows: spanRows,
    cells: mix.frames.map((frame): StackCell => ({ rowId: frame.outletId, key: frame.code, value: frame.tags })),
    unit: "frame tags",
    labelOf,
    noneLabel: "",
    colorOf,
    links: segmentLinks(
      (outletId, code) => passagesHref(view, { kind: "FRAME", code, outlet: outletId, section: "frames" }),
      null,
    ),
  });
  const formChart = (which: FormFrame) =>
    stackedShares({
      rows: articleRows,
      cells: formCells(
        forms,
        which,
        view.outlets.map((outlet) => outlet.id),
      ),
      unit: "articles",
      labelOf,
      noneLabel: "Not set",
      colorOf,
      links: segmentLinks(
        (outletId, code) =>
          passagesHref(view, {
            kind: which === "primary" ? "PRIMARY_FRAME" : "HEADLINE_FRAME",
            code,
            outlet: outletId,
            section: "frames",
          }),
        null,
      ),
    });
  return (
    <ChartSection
      id="frames"
      title="Frames"
      intro="How each outlet frames the event: the share of its frame passages by frame (a passage may carry the outlet's framing anywhere in the text), and the frame reviewers judged primary for the whole article and for its headline. Hover for counts; click a segment for its passages."
      n={mix.n}
      unit="frame tags"
      view={view}
    >
      {spanRows.length === 0 ? (
        <NothingCounted view={view} scope={mix.scope} />
      ) : (
        <>
          <FrameCharts spans={spans} primary={formChart("primary")} headline={formChart("headline")} />
          <OutletDifferences what="frame mix" differences={differences} outlets={view.outlets} labelOf={labelOf} />
        </>
      )}
      {forms.n.tags < forms.n.counted && spanRows.length > 0 && (
        <p className={styles.note}>
          Article frames: {formatWeight(forms.n.counted - forms.n.tags)} of {forms.n.counted} counted articles have no
          primary frame set (&ldquo;Not set&rdquo;).
        </p>
      )}
    </ChartSection>
  );
}

// The same frame has the same colour in all three charts: the most used frames overall get the nine colours.
function frameColors(mix: FrameMix, forms: ArticleFrames): (code: string) => string | undefined {
  const totals = new Map<string, number>();
  for (const frame of mix.frames) totals.set(frame.code, (totals.get(frame.code) ?? 0) + frame.tags);
  for (const frame of forms.frames) totals.set(frame.code, (totals.get(frame.code) ?? 0) + frame.articles);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  const colors = new Map(ranked.slice(0, MAX_CATEGORIES).map((code, index) => [code, categoryColor(index)]));
  return (code) => colors.get(code);
}

// Each outlet's forms by frame, and its counted articles whose form left the frame unset.
function formCells(forms: ArticleFrames, which: FormFrame, outletIds: string[]): StackCell[] {
  const chosen = forms.frames.filter((frame) => frame.which === which);
  const cells = chosen.map((frame): StackCell => ({ rowId: frame.outletId, key: frame.code, value: frame.articles }));
  for (const outletId of outletIds) {
    const counted = forms.scope.outlets.find((outlet) => outlet.outletId === outletId)?.counted ?? 0;
    const set = chosen.filter((frame) => frame.outletId === outletId).reduce((sum, frame) => sum + frame.articles, 0);
    if (counted - set > 0.001) cells.push({ rowId: outletId, key: null, value: counted - set });
  }
  return cells;
}
