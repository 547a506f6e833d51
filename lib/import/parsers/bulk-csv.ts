import { CsvError } from "csv-parse";
import type { RowError } from "../normalized-article.ts";
import { MixedEncodingError } from "../text/decode-stream.ts";
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
import { csvRecords, MAX_RECORD_CHARS, peekFirstLine, sniffDelimiter, textChunks, type TextInput } from "./csv-input.ts";

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
    for await (const record of csvRecords(text, reader.delimiter)) if (!reader.read(record)) break;
  } catch (error) {
    reader.unreadable(error);
  }
  return reader.result();
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

class CsvArticleReader {
  delimiter = ",";
  #options: BulkParseOptions;
  #row = 0;
  #dataRows = 0;
  #header: string[] | null = null;
  #columns: ColumnAssignment[] = [];
  #result: BulkParseResult = { rows: [], errors: [], columns: [] };

  constructor(options: BulkParseOptions) {
    this.#options = options;
  }

  /** Takes the next record; false when the rest of the file is not to be read. */
  read(record: string[]): boolean {
    this.#row += 1;
    if (record.every((cell) => !cell.trim())) return true;
    if (!this.#header) return this.#readHeader(record);
    this.#dataRows += 1;
    const maxRows = this.#options.maxRows ?? DEFAULT_MAX_ROWS;
    if (this.#dataRows > maxRows) {
      this.#result.errors.push(rowLimitError(maxRows, this.#row, "rows (plus the header row)"));
      return false;
    }
    this.#readArticle(record, this.#header.length);
    return true;
  }

  emptyFile(): BulkParseResult {
    this.#result.errors.push({ row: null, field: null, reason: "The file is empty: it has no header row and no articles." });
    return this.result();
  }

  unreadable(error: unknown): void {
    if (error instanceof MixedEncodingError) this.#result.errors.push({ row: null, field: null, reason: error.message });
    else if (error instanceof CsvError) this.#result.errors.push(this.#csvError(error));
    else throw error;
  }

  result(): BulkParseResult {
    return { ...this.#result, columns: this.#columns };
  }

  #readHeader(record: string[]): boolean {
    this.#header = record.map((cell) => cell.trim());
    const { columns, errors } = assignColumns(this.#header, this.#options.mapping, this.#row);
    this.#columns = columns;
    const missing = missingColumnErrors(columns, this.#row);
    this.#result.errors.push(...errors, ...missing);
    return missing.length === 0;
  }

  #readArticle(record: string[], width: number): void {
    const cells = withoutTrailingEmptyCells(record, width);
    if (cells.length !== width) {
      this.#result.errors.push(this.#widthError(cells.length, width));
      return;
    }
    const values: FieldValues = {};
    this.#columns.forEach((column, index) => {
      if (column.field) values[column.field] = cells[index];
    });
    const parsed = bulkRowToArticle(this.#row, values, { timeZone: this.#options.timeZone });
    if (Array.isArray(parsed)) this.#result.errors.push(...parsed);
    else this.#result.rows.push(parsed);
  }

  #widthError(cells: number, width: number): RowError {
    return {
      row: this.#row,
      field: null,
      reason:
        `This row has ${cells} cells but the header has ${width}. ` +
        `Put cells that contain a ${DELIMITER_NAMES[this.delimiter] ?? this.delimiter}, a line break or a double quote in double quotes.`,
    };
  }

  #csvError(error: CsvError): RowError {
    const row = typeof error.records === "number" ? error.records + 1 : null;
    const where = row === null ? "A row" : `Row ${row}`;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      return { row, field: null, reason: `${where} opens a double quote that is never closed, so it and the rest of the file could not be read. Check that row's quotes.` };
    }
    if (error.code === "CSV_MAX_RECORD_SIZE") {
      return {
        row,
        field: null,
        reason: `${where} is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters, so it and the rest of the file were not read. Usually a double quote is not closed.`,
      };
    }
    return { row, field: null, reason: `${where} and the rest of the file could not be read: ${error.message}` };
  }
}

/** Spreadsheets often export a trailing empty cell too many; only real content beyond the header is wrong. */
function withoutTrailingEmptyCells(record: string[], width: number): string[] {
  let end = record.length;
  while (end > width && !record[end - 1].trim()) end -= 1;
  return record.slice(0, end);
}
