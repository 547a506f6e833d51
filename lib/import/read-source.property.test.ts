import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readImportSource, type FileInput } from "./read-source.ts";

// Hostile files must come back as rows and row errors the reviewer can read, never as an exception (a 500) or a
// hang: every file format the Import page accepts gets random, malformed and half-valid input here.

function fileOf(fileName: string, bytes: Uint8Array): FileInput {
  return {
    kind: "file",
    fileName,
    contentType: null,
    size: bytes.byteLength,
    chunks: async function* () {
      // Two chunks, so a character or record split across reads is exercised too.
      const middle = Math.floor(bytes.byteLength / 2);
      yield bytes.subarray(0, middle);
      yield bytes.subarray(middle);
    },
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Text built from the characters each format treats as structure, so inputs land near the parsers' edge cases. */
const textFrom = (pieces: string[], maxLength = 60) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ maxLength: 3, unit: "binary" })),
      {
        maxLength,
      },
    )
    .map((parts) => parts.join(""));

const csvText = textFrom([
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  "=cmd|",
  "title",
  "body",
  "outlet",
  "url",
]).map((rest) => `title,body,outlet,url,published_at\n${rest}`);
const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  textFrom(["{", "}", "[", "]", '"title":', '"body":', '"outlet":', ",", ":", "null", "1e999", '"\\u0000"']),
  fc.integer({ min: 1, max: 5000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
);
const ndjsonText = fc.array(jsonText, { maxLength: 5 }).map((lines) => lines.join("\n"));
const feedText = textFrom([
  '<?xml version="1.0"?>',
  "<rss>",
  "<channel>",
  "<item>",
  "</item>",
  "<title>",
  "</title>",
  "<description><![CDATA[",
  "]]>",
  "<feed xmlns='http://www.w3.org/2005/Atom'>",
  "<entry>",
  "&amp;",
  "&bogus;",
  "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
  "&a;",
]).map((body) => `<?xml version="1.0"?><rss version="2.0"><channel>${body}`);
const htmlText = fc.oneof(
  textFrom([
    "<html>",
    "<body>",
    "<article>",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<div>",
    "<h1>",
    "&nbsp;",
    "<!--",
  ]),
  fc.integer({ min: 1, max: 3000 }).map((depth) => "<div>".repeat(depth) + "text"), // deep markup is refused, not parsed for minutes,
);
const plainText = textFrom(["\n", "\n\n", "By ", " // ", "2024-06-05", "\u0000", "\uFEFF", "\u202E"]);

const formats: [string, fc.Arbitrary<string>][] = [
  ["coverage.csv", csvText],
  ["coverage.json", jsonText],
  ["coverage.ndjson", ndjsonText],
  ["feed.xml", feedText],
  ["page.html", htmlText],
  ["article.txt", plainText],
];

async function readsWithoutThrowing(input: FileInput): Promise<void> {
  const source = await readImportSource(input);
  expect(Array.isArray(source.result.rows)).toBe(true);
  expect(Array.isArray(source.result.errors)).toBe(true);
  for (const error of source.result.errors) expect(error.reason).toMatch(/\S/);
}

describe("readImportSource on hostile files", () => {
  for (const [fileName, text] of formats) {
    it(`answers every ${fileName.split(".").pop()} file with rows or row errors`, async () => {
      await fc.assert(
        fc.asyncProperty(text, (content) => readsWithoutThrowing(fileOf(fileName, utf8(content)))),
        { numRuns: fileName.endsWith(".html") ? 40 : 100 }, // jsdom takes ~0.2 s a page,
      );
    });
  }

  it("answers invalid UTF-8 and arbitrary bytes under every file name", async () => {
    const names = formats.map(([fileName]) => fileName);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.uint8Array({ minLength: 1, maxLength: 400 }), (name, bytes) =>
        readsWithoutThrowing(fileOf(name, bytes)),
      ),
      { numRuns: 200 },
    );
  });
});
