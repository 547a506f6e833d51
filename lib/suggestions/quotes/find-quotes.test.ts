import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { findQuotes } from "./find-quotes.ts";

function quotesIn(text: string) {
  return findQuotes(text, tokenize(text)).map((quote) => ({
    text: text.slice(quote.start, quote.end),
    level: quote.level,
    closed: quote.closed,
  }));
}

describe("findQuotes", () => {
  it("pairs straight and curly double quotes", () => {
    expect(quotesIn(`He said "we will stay," and left. She said “no.”`)).toEqual([
      { text: `"we will stay,"`, level: 0, closed: true },
      { text: "“no.”", level: 0, closed: true },
    ]);
  });

  it("finds quotes nested in quotes, in single marks or straight doubles", () => {
    expect(quotesIn(`“They told us ‘leave now’ and we left,” she said.`)).toEqual([
      { text: "“They told us ‘leave now’ and we left,”", level: 0, closed: true },
      { text: "‘leave now’", level: 1, closed: true },
    ]);
    expect(quotesIn(`"He called it "a lie" on air," she said.`).map((quote) => quote.level)).toEqual([0, 1]);
  });

  it("leaves apostrophes alone", () => {
    expect(quotesIn("Clinton’s aides said the ’90s were over and Jones’ car was gone.")).toEqual([]);
    expect(quotesIn("It’s the rock ’n’ roll of politics, he said.")).toEqual([]);
  });

  it("reads French, German and Swedish marks and typewriter doubles", () => {
    expect(quotesIn("Il a dit « nous resterons » hier.")[0].text).toBe("« nous resterons »");
    expect(quotesIn("Er sagte „wir bleiben“ gestern.")[0].text).toBe("„wir bleiben“");
    expect(quotesIn("Er sagte »wir bleiben« gestern.")[0].text).toBe("»wir bleiben«");
    expect(quotesIn("Han sa ”vi stannar” i går.")[0].text).toBe("”vi stannar”");
    expect(quotesIn("Mr. Arad said he ''looked ashen,'' by then.")[0].text).toBe("''looked ashen,''");
  });

  it("continues a quote into the next paragraph that reopens it, and ends an unclosed one with its paragraph", () => {
    const text = `"We will stay.\n\n"We will never leave," he said.\n\n"Unclosed here.\n\nNarration goes on.`;
    expect(quotesIn(text)).toEqual([
      { text: `"We will stay.\n\n"We will never leave,"`, level: 0, closed: true },
      { text: `"Unclosed here.`, level: 0, closed: false },
    ]);
  });
});
