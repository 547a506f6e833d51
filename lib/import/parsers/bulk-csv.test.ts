import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./bulk-csv.ts";
import { CSV_TEMPLATE } from "./csv-template.ts";
import { MAX_RECORD_CHARS, MAX_RUNAWAY_RECORD_MB } from "./csv-input.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/bulk/${name}`, import.meta.url)));

async function* inChunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}

describe("parseCsv", () => {
  it("reads aliased headers, quoted line breaks and several date formats, and reports every bad row", async () => {
    const { rows, errors, columns } = await parseCsv(inChunksOf(fixture("articles.csv"), 64));
    expect(columns).toEqual([
      { header: "Headline", field: "title" },
      { header: "Link", field: "url" },
      { header: "Byline", field: "author" },
      { header: "Source", field: "outlet" },
      { header: "Date", field: "published_at" },
      { header: "Text", field: "body" },
      { header: "Notes", field: null },
      { header: "event", field: "event" },
    ]);
    expect(rows.map(({ row, article }) => [row, article.publishedAt?.toISOString() ?? null])).toEqual([
      [2, "2024-06-05T21:05:00.000Z"],
      [3, "2024-06-05T00:00:00.000Z"],
      [4, "2024-06-05T00:00:00.000Z"],
      [6, null],
      [13, "2024-06-05T14:30:00.000Z"],
      [14, "2024-06-05T12:30:00.000Z"],
    ]);
    expect(rows[0].article).toMatchObject({
      outlet: "Harbor Wire",
      url: "https://harborwire.example/2024/06/05/plant-fire",
      title: "Fire at polymer plant forces evacuations",
      byline: "Jane Doe",
      event: "Plant fire",
      body: "First paragraph, with a comma.\n\nSecond paragraph after a blank line.",
    });
    expect(rows[1].article.body).toBe('Officials ordered "immediate" evacuations.');
    expect(rows[2].article).toMatchObject({ outlet: null, byline: "Ann Lee, Bo Chan" });
    expect(errors).toEqual([
      { row: 7, field: "title", reason: "The title is empty." },
      { row: 8, field: "published_at", reason: expect.stringContaining('"not a date" is not a date') },
      { row: 9, field: null, reason: expect.stringContaining("This row has 9 cells but the header has 8") },
      { row: 10, field: "outlet", reason: expect.stringContaining("attributed to an outlet") },
      { row: 11, field: "body", reason: "The article body is empty." },
      { row: 12, field: "url", reason: expect.stringContaining("http(s)") },
      { row: 16, field: null, reason: expect.stringContaining("This row has 4 cells but the header has 8") },
    ]);
  });

  it("sniffs semicolons, strips a UTF-8 BOM and matches headers whatever their case and spacing", async () => {
    const { rows, errors, columns } = await parseCsv(fixture("semicolon-bom.csv"));
    expect(errors).toEqual([]);
    expect(columns.map((column) => column.header)).toEqual(["Title", "URL", "Body", "Published At", "Author"]);
    expect(rows[0].article).toMatchObject({
      title: "Sanctions debated",
      body: "Ministers met; no deal.",
      byline: "Doe, Jane",
    });
  });

  it("decodes Windows-1252 tab-separated bytes, even one byte at a time", async () => {
    const { rows, errors } = await parseCsv(inChunksOf(fixture("windows-1252.tsv"), 1));
    expect(errors).toEqual([]);
    expect(rows[0].article).toMatchObject({
      title: "“Café” talks stall",
      outlet: "Le Monde",
      body: "The minister said “non” — talks end.",
    });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-05T00:00:00.000Z");
  });

  it("decodes UTF-8 characters split between chunks", async () => {
    const bytes = new TextEncoder().encode("title,outlet,body\nCafé “talks”,Le Monde,Déjà vu — again.\n");
    const { rows } = await parseCsv(inChunksOf(bytes, 3));
    expect(rows[0].article).toMatchObject({ title: "Café “talks”", body: "Déjà vu — again." });
  });

  it("keeps the rows before an unclosed quote and says where the file broke", async () => {
    const { rows, errors } = await parseCsv(fixture("unclosed-quote.csv"));
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(errors).toEqual([
      {
        row: 3,
        field: null,
        reason: expect.stringMatching(
          /^Row 3 opens a double quote that is never closed, so it and the rest of the file/,
        ),
      },
    ]);
  });

  it("rejects a row longer than the limit on its own and reads the rows after it", async () => {
    const longBody = `"${"Long paragraph.\n".repeat(MAX_RECORD_CHARS / 16 + 1)}"`;
    const csv = [
      "title,url,body",
      "First,https://x.example/1,Fine.",
      `Second,https://x.example/2,${longBody}`,
      "Third,https://x.example/3,Fine too.",
      'Fourth,https://x.example/4,"Never closed',
    ].join("\n");
    const { rows, errors } = await parseCsv(inChunksOf(new TextEncoder().encode(csv), 64 * 1024));
    expect(rows.map((row) => [row.row, row.article.title])).toEqual([
      [2, "First"],
      [4, "Third"],
    ]);
    expect(errors).toEqual([
      {
        row: 3,
        field: null,
        reason: expect.stringMatching(/^Row 3 is longer than the limit of 1,000,000 characters for one row\b/),
      },
      { row: 5, field: null, reason: expect.stringContaining("Row 5 opens a double quote that is never closed") },
    ]);
  });

  it("stops at a row that runs on for megabytes, blaming the quote that never closed, and keeps the rows before", async () => {
    const csv = `title,url,body\nFirst,https://x.example/1,Fine.\nSecond,https://x.example/2,"${"Swallowed,row\n".repeat(MAX_RUNAWAY_RECORD_MB * 80_000)}`;
    const { rows, errors } = await parseCsv(csv);
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(errors).toEqual([
      {
        row: 3,
        field: null,
        reason: expect.stringMatching(
          /^Row 3 runs on for more than 16 MB, so it and the rest of the file .*double quote/,
        ),
      },
    ]);
  });

  it("reports an empty file and a header without articles", async () => {
    expect((await parseCsv(fixture("empty.csv"))).errors).toEqual([
      { row: null, field: null, reason: expect.stringContaining("empty") },
    ]);
    expect(await parseCsv(" \n\n")).toMatchObject({ rows: [], errors: [{ row: null }] });
    expect(await parseCsv(fixture("header-only.csv"))).toMatchObject({
      rows: [],
      errors: [{ row: null, reason: expect.stringContaining("no articles") }],
    });
  });

  it("refuses a file without a title or body column once, naming the columns it found", async () => {
    const { rows, errors, columns } = await parseCsv(fixture("no-title-column.csv"));
    expect(rows).toEqual([]);
    expect(columns).toEqual([
      { header: "name", field: null },
      { header: "link", field: "url" },
      { header: "text", field: "body" },
    ]);
    expect(errors).toEqual([
      { row: 1, field: "title", reason: expect.stringContaining("Columns found: name, link, text") },
    ]);
  });

  it("follows the reviewer's mapping over the aliases", async () => {
    const csv = "name,link,text,date\nA,https://x.example/a,Body.,2024-06-05\n";
    const { rows, columns } = await parseCsv(csv, { mapping: { title: "NAME", published_at: null } });
    expect(columns.map((column) => column.field)).toEqual(["title", "url", "body", null]);
    expect(rows[0].article).toMatchObject({ title: "A", publishedAt: null });
  });

  it("reports a mapping naming a column the file does not have", async () => {
    const { errors } = await parseCsv("title,url,body\nA,https://x.example/a,B\n", { mapping: { author: "Writer" } });
    expect(errors).toEqual([
      { row: 1, field: "author", reason: 'The column "Writer" chosen for author is not in the file.' },
    ]);
  });

  it("prefers a column named exactly like a field over an alias", async () => {
    const { columns } = await parseCsv("headline,title,url,body\n");
    expect(columns.map((column) => column.field)).toEqual([null, "title", "url", "body"]);
  });

  it("reads dates without an offset in the given time zone", async () => {
    const { rows } = await parseCsv("title,url,body,date\nA,https://x.example/a,B,2024-06-05\n", {
      timeZone: "Europe/Berlin",
    });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-04T22:00:00.000Z");
  });

  it("stops at the row limit with one error saying how to split the file", async () => {
    const csv = `title,url,body\n${"A,https://x.example/a,B\n".repeat(5)}`;
    const { rows, errors } = await parseCsv(csv, { maxRows: 3 });
    expect(rows).toHaveLength(3);
    expect(errors).toEqual([
      {
        row: 5,
        field: null,
        reason: expect.stringMatching(/more than 3 articles.*Split it into files of at most 3 rows/),
      },
    ]);
  });

  it("reads the downloadable template", async () => {
    const { rows, errors } = await parseCsv(CSV_TEMPLATE);
    expect(errors).toEqual([]);
    expect(rows[0].article.body).toBe("First paragraph of the article.\n\nSecond paragraph, after a blank line.");
  });
});
