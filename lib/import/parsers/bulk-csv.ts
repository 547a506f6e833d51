import type { CsvError } from "csv-parse";
import type { RowError } from "../normalized-article.ts";
import { MixedEncodingError, textChunks, type TextInput } from "../text/decode-stream.ts";
import {
  assignColumns,
  bulkRowToArticle,
  DEFAULT_MAX_ROWS,
  missingColumnErrors,
  rowLimitError,
  type BulkParseOptions,
  type BulkParseResult,
  type ColumnAssignment,
  type FieldValues,
} from "./bulk-fields.ts";
import { csvRecords, MAX_RECORD_CHARS, MAX_RUNAWAY_RECORD_MB, peekFirstLine, sniffDelimiter } from "./csv-input.ts";

/**
 * Reads a CSV (comma, semicolon or tab separated, sniffed from the header line) of articles, one per row.
 *
 * Row numbers are those a spreadsheet shows: the header is row 1, the first data row is row 2, and a cell
 * with line breaks inside quotes stays one row. Empty rows are skipped (they hold no article) but counted.
 */
export async function parseCsv(input: TextInput, options: BulkParseOptions = {}): Promise<BulkParseResult> {
  const reader = new CsvArticleReader(options);
  try {
    const { firstLine, text } = await peekFirstLine(textChunks(input));
    if (!firstLine) return reader.emptyFile();
    reader.delimiter = sniffDelimiter(firstLine);
    for await (const item of csvRecords(text, reader.delimiter)) {
      if ("error" in item) reader.unreadable(item.row, item.error);
      else if (!reader.read(item.row, item.cells)) break;
    }
  } catch (error) {
    if (!(error instanceof MixedEncodingError)) throw error;
    reader.undecodable(error);
  }
  return reader.result();
}

/** What follows "Row N" when csv-parse gives up there. */
const UNREADABLE_REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED:
    "opens a double quote that is never closed, so it and the rest of the file could not be read. Check that row's quotes.",
  CSV_MAX_RECORD_SIZE:
    `runs on for more than ${MAX_RUNAWAY_RECORD_MB} MB, so it and the rest of the file could not be read. ` +
    "A double quote in it is probably never closed: check that row's quotes.",
};

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

class CsvArticleReader {
  /** Sniffed from the header line before the records are read. */
  delimiter = ",";
  #options: BulkParseOptions;
  #dataRows = 0;
  #header: string[] | null = null;
  #columns: ColumnAssignment[] = [];
  #result: BulkParseResult = { rows: [], errors: [], columns: [] };

  constructor(options: BulkParseOptions) {
    this.#options = options;
  }

  /** Takes the next record; false when the rest of the file is not to be read. */
  read(row: number, record: string[]): boolean {
    if (record.every((cell) => !cell.trim())) return true;
    if (!this.#header) return this.#readHeader(row, record);
    this.#dataRows += 1;
    const maxRows = this.#options.maxRows ?? DEFAULT_MAX_ROWS;
    if (this.#dataRows > maxRows) {
      this.#result.errors.push(rowLimitError(maxRows, row, "rows (plus the header row)"));
      return false;
    }
    if (lengthOf(record) > MAX_RECORD_CHARS) this.#result.errors.push(tooLongError(row));
    else this.#readArticle(row, record, this.#header.length);
    return true;
  }

  emptyFile(): BulkParseResult {
    this.#result.errors.push({
      row: null,
      field: null,
      reason: "The file is empty: it has no header row and no articles.",
    });
    return this.result();
  }

  undecodable(error: MixedEncodingError): void {
    this.#result.errors.push({ row: null, field: null, reason: error.message });
  }

  /** The CSV reader gave up at this row: everything from here on is lost, and the reviewer must know why. */
  unreadable(row: number | null, error: CsvError): void {
    const where = row === null ? "A row" : `Row ${row}`;
    const what =
      UNREADABLE_REASONS[error.code] ?? `could not be read (${error.message}), so neither could the rest of the file.`;
    this.#result.errors.push({ row, field: null, reason: `${where} ${what}` });
  }

  result(): BulkParseResult {
    if (this.#header && this.#dataRows === 0 && !this.#result.errors.length) {
      this.#result.errors.push({
        row: null,
        field: null,
        reason: "The file has a header row but no articles below it.",
      });
    }
    return { ...this.#result, columns: this.#columns };
  }

  #readHeader(row: number, record: string[]): boolean {
    this.#header = record.map((cell) => cell.trim());
    const { columns, errors } = assignColumns(this.#header, this.#options.mapping, row);
    this.#columns = columns;
    const missing = missingColumnErrors(columns, row);
    this.#result.errors.push(...errors, ...missing);
    return missing.length === 0;
  }

  #readArticle(row: number, record: string[], width: number): void {
    const cells = withoutTrailingEmptyCells(record, width);
    if (cells.length !== width) {
      this.#result.errors.push(this.#widthError(row, cells.length, width));
      return;
    }
    const values: FieldValues = {};
    this.#columns.forEach((column, index) => {
      if (column.field) values[column.field] = cells[index];
    });
    const parsed = bulkRowToArticle(row, values, { timeZone: this.#options.timeZone });
    if (Array.isArray(parsed)) this.#result.errors.push(...parsed);
    else this.#result.rows.push(parsed);
  }

  #widthError(row: number, cells: number, width: number): RowError {
    return {
      row,
      field: null,
      reason:
        `This row has ${cells} cells but the header has ${width}. Put cells that contain a ` +
        `${DELIMITER_NAMES[this.delimiter] ?? this.delimiter}, a line break or a double quote in double quotes.`,
    };
  }
}

function lengthOf(record: string[]): number {
  return record.reduce((length, cell) => length + cell.length, 0);
}

function tooLongError(row: number): RowError {
  return {
    row,
    field: null,
    reason:
      `Row ${row} is longer than the limit of ${MAX_RECORD_CHARS.toLocaleString("en")} characters for one row, ` +
      "so it was not imported (the rows after it were still read). Shorten its text, or check its double quotes: " +
      "a quote that is not closed where it should be joins the rows below it into this one.",
  };
}

/** Spreadsheets often export a trailing empty cell too many; only real content beyond the header is wrong. */
function withoutTrailingEmptyCells(record: string[], width: number): string[] {
  let end = record.length;
  while (end > width && !record[end - 1].trim()) end -= 1;
  return record.slice(0, end);
}
