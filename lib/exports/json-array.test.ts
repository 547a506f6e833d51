import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { ndjsonToArray } from "./json-array.ts";

const through = (chunks: string[]) =>
  text(Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(ndjsonToArray()));

describe("ndjsonToArray", () => {
  it("joins lines into an array, whatever the chunks' boundaries", async () => {
    const rows = [{ a: 1, b: "x\ny" }, { a: 2 }, { a: 3 }];
    const ndjson = rows.map((row) => `${JSON.stringify(row)}\n`).join("");
    for (const cut of [1, 7, 15, ndjson.length - 1])
      expect(JSON.parse(await through([ndjson.slice(0, cut), ndjson.slice(cut)]))).toEqual(rows);
  });

  it("writes an empty array for no rows", async () => {
    expect(JSON.parse(await through([]))).toEqual([]);
  });
});
