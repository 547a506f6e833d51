export interface NumberedLine {
  /** 1-based, as an editor shows it. */
  number: number;
  text: string;
}

/** Splits streamed text into lines (\n or \r\n), whatever the chunk boundaries. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let pending = "";
  let number = 0;
  for await (const chunk of chunks) {
    // Re-splitting a long line's pending start on every chunk would be quadratic.
    if (!chunk.includes("\n")) {
      pending += chunk;
      continue;
    }
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const text of lines) yield { number: (number += 1), text: text.replace(/\r$/, "") };
  }
  if (pending) yield { number: number + 1, text: pending.replace(/\r$/, "") };
}
