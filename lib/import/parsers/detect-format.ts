import { findHtmlMarkup } from "../text/html-markup.ts";
import { fieldForHeader } from "./bulk-fields.ts";
import { sniffDelimiter } from "./csv-input.ts";

export type ImportFormat = "paste" | "html" | "feed" | "csv" | "json" | "ndjson";

/** Text has almost no control characters; a few may come from a bad export, binary files are full of them. */
const BINARY_CHARACTER_SHARE = 0.02;

const BY_EXTENSION: Record<string, ImportFormat> = {
  csv: "csv",
  tsv: "csv",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
  xml: "feed",
  html: "html",
  htm: "html",
  xhtml: "html",
  txt: "paste",
  text: "paste",
  md: "paste",
};

const BY_MIME_TYPE: Record<string, ImportFormat> = {
  "text/csv": "csv",
  "text/comma-separated-values": "csv",
  "application/csv": "csv",
  "text/tab-separated-values": "csv",
  // What Windows browsers send for .csv files when Excel is installed.
  "application/vnd.ms-excel": "csv",
  "application/json": "json",
  "text/json": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
  "application/x-jsonlines": "ndjson",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/rdf+xml": "feed",
  "application/xml": "feed",
  "text/xml": "feed",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "paste",
  "text/markdown": "paste",
};

/**
 * Which parser an upload needs, from its start (`head`, already decoded), its name and its MIME type. Null
 * for binary files (spreadsheets, PDFs) and for files nothing identifies.
 *
 * What the content shows wins, as names and browsers' MIME types are often wrong (a feed saved as .txt,
 * NDJSON named .json), except for CSV: its cells may begin with anything, so its name or type is trusted.
 */
export function detectFormat(fileName: string | null, contentType: string | null, head: string): ImportFormat | null {
  if (looksBinary(head)) return null;
  const text = head.replace(/^\ufeff/, "").trimStart();
  const declared = fromExtension(fileName) ?? fromMimeType(contentType);
  if (declared === "csv") return "csv";
  return sniffStructure(text) ?? declared ?? sniffText(text);
}

/**
 * Zero bytes (zip-based and OLE office files have them at once), a PDF signature, or many control
 * characters. U+FFFD does not count: a Windows-1252 file decoded as UTF-8 is full of it, and is text.
 */
function looksBinary(head: string): boolean {
  if (head.includes("\u0000") || head.startsWith("%PDF-")) return true;
  const controls = head.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > head.length * BINARY_CHARACTER_SHARE;
}

function fromExtension(fileName: string | null): ImportFormat | null {
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (extension && BY_EXTENSION[extension]) || null;
}

function fromMimeType(contentType: string | null): ImportFormat | null {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  return (type && BY_MIME_TYPE[type]) || null;
}

/** Formats whose first characters give them away. */
function sniffStructure(text: string): ImportFormat | null {
  if (/^(?:<!doctype\s+html|<html[\s>])/i.test(text)) return "html";
  if (text.startsWith("<") && /<(?:rss|feed|rdf:rdf)[\s>]/i.test(text)) return "feed";
  const markup = findHtmlMarkup(text);
  if (markup && text.startsWith(markup)) return "html";
  if (/^\[\s*[{\]]/.test(text)) return "json";
  if (/^\{\s*"articles"\s*:/.test(text)) return "json";
  // One object per line puts content right after the brace; pretty-printed JSON breaks the line first.
  if (/^\{[ \t]*\S/.test(text)) return "ndjson";
  if (text.startsWith("{")) return "json";
  return null;
}

/** Plain text: a CSV header naming known columns, HTML somewhere, or else an article to read as pasted. */
function sniffText(text: string): ImportFormat | null {
  if (!text) return null;
  const firstLine = text.split(/\r?\n/, 1)[0];
  const cells = firstLine.split(sniffDelimiter(firstLine)).map((cell) => cell.trim().replace(/^"|"$/g, ""));
  if (cells.filter((cell) => fieldForHeader(cell)).length >= 2) return "csv";
  return findHtmlMarkup(text) ? "html" : "paste";
}
