import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), "utf8");
const reference = new Date("2024-06-10T00:00:00Z");

describe("parseFeed", () => {
  it("reads RSS 2.0 items, preferring content:encoded, and reports items it cannot import", () => {
    const result = parseFeed(fixture("rss2.xml"), { feedUrl: "https://harborwire.example/feed.xml", reference });
    expect(result.feed).toEqual({ title: "Harbor Wire", url: "https://harborwire.example/" });
    expect(result.rows.map(({ row, article }) => [row, article.url])).toEqual([
      [1, "https://harborwire.example/2024/06/05/ceasefire"],
      [2, "https://harborwire.example/2024/06/04/summary"],
      [3, "https://harborwire.example/2024/06/03/undated"],
      [7, "https://harborwire.example/2024/05/31/cut"],
    ]);
    expect(result.summaryOnly).toEqual([false, true, false, true]);
    const [full, teaser, undated, cutOff] = result.rows.map((row) => row.article);
    expect(full).toMatchObject({ outlet: "Harbor Wire", title: "Ceasefire talks resume in Cairo", byline: "Jane Doe" });
    expect(full.publishedAt?.toISOString()).toBe("2024-06-05T12:30:00.000Z");
    expect(full.body.startsWith("Talks resume\n\nNegotiators met again")).toBe(true);
    expect(full.body.endsWith("Officials said “progress” was made.")).toBe(true);
    expect(full.body).not.toMatch(/<|alert|pixel/);
    expect(teaser).toMatchObject({ byline: "John Roe", body: "Only a teaser here" });
    expect(teaser.publishedAt?.toISOString()).toBe("2024-06-04T09:00:00.000Z");
    expect(undated.publishedAt).toBeNull();
    expect(cutOff.publishedAt).toBeNull();
    expect(result.errors).toEqual([
      { row: 4, field: null, reason: expect.stringContaining("neither a title nor a link") },
      { row: 5, field: "title", reason: "The title is empty." },
      { row: 6, field: "body", reason: "The feed gives no text for this item. Import its page by its link instead." },
    ]);
  });

  it("reads Atom entries: HTML and XHTML content, several authors, relative links, summaries", () => {
    const result = parseFeed(fixture("atom.xml"), { feedUrl: "https://dailycourier.example/atom.xml", reference });
    expect(result.feed.title).toBe("Daily Courier");
    const [html, xhtml, summary] = result.rows.map((row) => row.article);
    expect(html).toMatchObject({
      title: "Evacuations ordered near plant",
      byline: "Ann Lee, Bo Chan",
      url: "https://dailycourier.example/evacuations",
    });
    expect(html.publishedAt?.toISOString()).toBe("2024-06-05T08:00:00.000Z");
    expect(html.body.endsWith("\n\nSecond paragraph.")).toBe(true);
    expect(xhtml).toMatchObject({
      url: "https://dailycourier.example/xhtml-story",
      body: "Inline XHTML body.\n\nTwo.",
    });
    expect(xhtml.publishedAt?.toISOString()).toBe("2024-06-04T08:00:00.000Z");
    expect(summary).toMatchObject({
      url: null,
      outlet: "Daily Courier",
      body: "A summary with no link to the full story.",
    });
    // A short entry with <content> is a short article, not a teaser.
    expect(result.summaryOnly).toEqual([false, false, true]);
    expect(result.errors).toEqual([
      { row: 4, field: null, reason: expect.stringContaining("neither a title nor a link") },
    ]);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core dates and creators", () => {
    const { rows, errors } = parseFeed(fixture("rdf.xml"), { reference });
    expect(errors).toEqual([]);
    expect(rows[0].article).toMatchObject({
      outlet: "The Ledger",
      title: "Plant fire: what we know",
      byline: "Ann Lee",
    });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-05T07:00:00.000Z");
  });

  it.each(["broken.xml", "xxe.xml"])("reports %s as one whole-feed error", (name) => {
    const result = parseFeed(fixture(name));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: null, field: null, reason: expect.stringContaining("The feed could not be read") },
    ]);
  });

  it.each(["", "not xml", '{"items": []}'])("reports %j as unreadable", (xml) => {
    expect(parseFeed(xml).errors).toHaveLength(1);
  });

  it("reports a feed without items", () => {
    expect(parseFeed(fixture("no-items.xml")).errors).toEqual([
      { row: null, field: null, reason: "The feed has no items." },
    ]);
  });

  it("reports an item whose HTML nests too deeply, and reads the others", () => {
    const deep = `${"<div>".repeat(5000)}x${"</div>".repeat(5000)}`;
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>Deep</title><link>https://x.example/deep</link><description><![CDATA[${deep}]]></description></item>
      <item><title>Fine</title><link>https://x.example/fine</link><description>Fine.</description></item>
    </channel></rss>`;
    const { rows, errors } = parseFeed(xml);
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 1, field: "body", reason: expect.stringContaining("nests its tags 5000 levels deep") },
    ]);
  });
});
