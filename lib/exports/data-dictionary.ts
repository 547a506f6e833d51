import { DATASET_TITLES, type Dataset } from "./datasets.ts";
import { datasetColumns } from "./dataset-columns.ts";
import { writeTable } from "./computed/write-table.ts";

const NOTES = [
  "CSV: UTF-8, comma-separated, a header row, empty cell = missing; booleans are true/false; times are UTC (ISO 8601).",
  "CSV: a text cell that starts with =, +, -, @, a tab or a carriage return has a leading ' so spreadsheets do not run it as a formula; JSON and NDJSON keep the text as it is.",
  "JSON: one array of objects; NDJSON: one object per line (for large sets), with the same keys as the CSV columns.",
  "Weighted counts: where two reviewers tagged one article, each tag weighs 1/2, so an article counts once.",
];

/** What a dataset's columns mean, to ship beside the file: JSON with notes, or a CSV of the columns. */
export function dataDictionary(dataset: Dataset, format: "json" | "csv"): string {
  const columns = datasetColumns(dataset).map(({ name, type, description }) => ({ name, type, description }));
  if (format === "csv")
    return writeTable(
      {
        columns: [
          { name: "name", type: "text", description: "" },
          { name: "type", type: "text", description: "" },
          { name: "description", type: "text", description: "" },
        ],
        rows: columns,
      },
      "csv",
    );
  return `${JSON.stringify({ dataset, title: DATASET_TITLES[dataset], notes: NOTES, columns }, null, 2)}\n`;
}
