import type { TextSpan } from "../types.ts";
import type { Token } from "./tokenize.ts";

/** The text from the first token's start to the last token's end. */
export function tokenSpan(text: string, tokens: Token[], first: number, last: number): TextSpan {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { start, end, text: text.slice(start, end) };
}
