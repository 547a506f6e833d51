/** One bar of a chart: an outlet, with its stable colour and whether its data is too thin to trust. */
export interface ChartRow {
  id: string;
  label: string;
  color: string;
  thin: boolean;
  /** A short n under the label: "2 articles · 5 tags". */
  note: string;
}

/** One segment kind of a stacked bar: an actor, a speaker type, a frame. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}
