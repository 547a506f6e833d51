/** The value types a data dictionary names, as pandas and R read them. */
export type ColumnType = "uuid" | "text" | "integer" | "number" | "boolean" | "timestamp" | "json";

/** One column of an export: its name, type and meaning (the data dictionary), and how SQL computes it. */
export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** The SQL expression (for the datasets exported by COPY); text columns are neutralised in CSV. */
  sql?: string;
  /**
   * Text from a fixed list (a layer, a kind, an attribute's choice, an id) that cannot start with a formula
   * character: left out of the neutralisation, which costs the export time on every row.
   */
  fixed?: true;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe, which spreadsheets show as text and drop. The same rule as `neutralisedSql`.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** `neutralise` in SQL, for the COPY exports: the rule runs in Postgres, row by row, while streaming. */
export function neutralisedSql(expression: string): string {
  // Parenthesised: `'''' || t.attributes->>'speaker'` would apply ->> to the concatenation.
  const value = `(${expression})`;
  return `CASE WHEN left(${value}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${value} ELSE ${value} END`;
}
