/** What can be exported. The first four stream from Postgres with COPY; the rest are computed per event. */
export const COPY_DATASETS = ["articles", "tags", "forms", "tones"] as const;
export const COMPUTED_DATASETS = ["claims", "agreement", "charts"] as const;
export const DATASETS = [...COPY_DATASETS, ...COMPUTED_DATASETS] as const;
export type Dataset = (typeof DATASETS)[number];
export type CopyDataset = (typeof COPY_DATASETS)[number];
export type ComputedDataset = (typeof COMPUTED_DATASETS)[number];

export const FORMATS = ["csv", "json", "ndjson"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

export const DATASET_TITLES: Record<Dataset, string> = {
  articles: "Articles",
  tags: "Tags (one row per tag, attributes flattened)",
  forms: "Article forms (primary and headline frame)",
  tones: "Tones (one row per form and actor)",
  claims: "Claims with their carriage per outlet",
  agreement: "Reviewer agreement figures",
  charts: "Every chart's aggregate (long format)",
};

export function isCopyDataset(dataset: Dataset): dataset is CopyDataset {
  return (COPY_DATASETS as readonly string[]).includes(dataset);
}
