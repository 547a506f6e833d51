import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJson, parseNdjson } from "./bulk-json.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bulk/${name}`, import.meta.url));

async function* linesInChunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let offset = 0; offset < text.length; offset += size) yield text.slice(offset, offset + size);
}

describe("parseJson", () => {
  it("reads objects whose keys differ, by alias, and reports every bad entry by its position", () => {
    const { rows, errors, columns } = parseJson(fixture("articles.json").toString("utf8"));
    expect(rows.map((row) => row.row)).toEqual([1, 2]);
    expect(rows[0].article).toMatchObject({
      title: "Ceasefire talks stall",
      url: "https://wire.example/ceasefire",
      byline: "Jane Doe, John Roe",
      body: "First paragraph.\n\nSecond paragraph.",
      event: "Gaza ceasefire",
    });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-05T14:30:00.000Z");
    expect(rows[1].article).toMatchObject({ outlet: "Morning Post", url: null });
    expect(rows[1].article.publishedAt?.toISOString()).toBe("2024-06-05T14:30:00.000Z");
    expect(errors).toEqual([
      { row: 3, field: "body", reason: "The article body is empty." },
      { row: 4, field: null, reason: expect.stringContaining("not an article object") },
      { row: 5, field: "published_at", reason: expect.stringContaining('"someday" is not a date') },
      { row: 6, field: "author", reason: "The author must be text, not an object." },
      { row: 7, field: "outlet", reason: expect.stringContaining("attributed to an outlet") },
    ]);
    expect(columns.filter((column) => column.field === null).map((column) => column.header)).toEqual([
      "tags",
      "wordCount",
    ]);
    expect(columns.find((column) => column.header === "headline")?.field).toBe("title");
    expect(columns.find((column) => column.header === "title")?.field).toBe("title");
  });

  it('reads { "articles": [...] }', () => {
    const { rows, errors } = parseJson(fixture("articles-wrapped.json").toString("utf8"));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
  });

  it.each([
    ["", "not valid JSON"],
    ['{"articles": [ {"title": "x", ', "not valid JSON"],
    ['{"title": "one article"}', "Expected a list of articles"],
    ["42", "Expected a list of articles"],
    ["[]", "holds no articles"],
  ])("reports %j as a whole-file error", (text, reason) => {
    expect(parseJson(text)).toEqual({
      rows: [],
      errors: [{ row: null, field: null, reason: expect.stringContaining(reason) }],
      columns: [],
    });
  });

  it("refuses once when no key gives a title", () => {
    const { rows, errors } = parseJson(
      '[{"name": "A", "url": "https://x.example/a", "body": "B"}, {"name": "C", "url": "https://x.example/c", "body": "D"}]',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: null, field: "title", reason: expect.stringContaining("Columns found: name, url, body") },
    ]);
  });

  it("stops at the row limit", () => {
    const article = { title: "A", url: "https://x.example/a", body: "B" };
    const { rows, errors } = parseJson(JSON.stringify(Array(4).fill(article)), { maxRows: 2 });
    expect(rows).toHaveLength(2);
    expect(errors).toEqual([{ row: 3, field: null, reason: expect.stringContaining("more than 2 articles") }]);
  });
});

describe("parseNdjson", () => {
  it("reads one object per line, skipping blank lines, reporting a broken line and reading on", async () => {
    const { rows, errors, columns } = await parseNdjson(
      linesInChunksOf(fixture("articles.ndjson").toString("utf8"), 7),
    );
    expect(rows.map(({ row, article }) => [row, article.title])).toEqual([
      [1, "Ceasefire talks stall"],
      [3, "Timestamp as a number"],
      [6, "After the break"],
    ]);
    expect(rows[2].article.publishedAt?.toISOString()).toBe("2024-06-05T00:00:00.000Z");
    expect(errors).toEqual([
      { row: 4, field: null, reason: expect.stringContaining("Line 4 is not valid JSON") },
      { row: 7, field: null, reason: expect.stringContaining("not an article object") },
    ]);
    expect(columns.map((column) => column.header)).toContain("tags");
  });

  it("reads bytes, as an uploaded file arrives", async () => {
    const { rows } = await parseNdjson(new Uint8Array(fixture("articles.ndjson")));
    expect(rows).toHaveLength(3);
  });

  it("reports a file of blank lines as holding no articles", async () => {
    expect((await parseNdjson(fixture("empty.ndjson").toString("utf8"))).errors).toEqual([
      { row: null, field: null, reason: "The file holds no articles." },
    ]);
  });

  it("stops at the row limit, counting broken lines too", async () => {
    const line = JSON.stringify({ title: "A", url: "https://x.example/a", body: "B" });
    const { rows, errors } = await parseNdjson(`${line}\nbroken\n${line}\n${line}\n`, { maxRows: 2 });
    expect(rows).toHaveLength(1);
    expect(errors.map((error) => error.row)).toEqual([2, 3]);
    expect(errors[1].reason).toContain("at most 2 lines");
  });
});
