import type { Column } from "./column.ts";
import { AGREEMENT_COLUMNS } from "./computed/agreement-rows.ts";
import { CHART_COLUMNS } from "./computed/chart-rows.ts";
import { CLAIM_COLUMNS } from "./computed/claim-rows.ts";
import { type Dataset, isCopyDataset } from "./datasets.ts";
import { COPY_TABLES } from "./export-sql.ts";

/** A dataset's columns in file order, each with its type and meaning. */
export function datasetColumns(dataset: Dataset): Column[] {
  if (isCopyDataset(dataset)) return COPY_TABLES[dataset].columns;
  return { claims: CLAIM_COLUMNS, agreement: AGREEMENT_COLUMNS, charts: CHART_COLUMNS }[dataset];
}
