import { describe, expect, it } from "vitest";
import { textLines } from "./lines.ts";

async function* chunksOf(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

async function lines(...parts: string[]): Promise<string[]> {
  const found: string[] = [];
  for await (const line of textLines(chunksOf(...parts))) found.push(`${line.number}:${line.text}`);
  return found;
}

describe("textLines", () => {
  it("numbers lines across chunk boundaries, including a CRLF split between chunks", async () => {
    expect(await lines("a\r", "\nb", "c\n\nd")).toEqual(["1:a", "2:bc", "3:", "4:d"]);
  });

  it("yields no line for a final newline or empty input", async () => {
    expect(await lines("a\n")).toEqual(["1:a"]);
    expect(await lines("")).toEqual([]);
  });
});
