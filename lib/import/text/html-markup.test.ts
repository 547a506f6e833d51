import { describe, expect, it } from "vitest";
import { findHtmlMarkup } from "./html-markup.ts";

describe("findHtmlMarkup", () => {
  it("finds documents and tags of real HTML", () => {
    expect(findHtmlMarkup("<!DOCTYPE html><html><body>x</body></html>")).toBe("<!DOCTYPE html");
    expect(findHtmlMarkup('Title\n<p class="lead">Text</p>')).toBe('<p class="lead">');
    expect(findHtmlMarkup("line<br/>line")).toBe("<br/>");
  });

  it("scans text full of unclosed tags in linear time", () => {
    const started = performance.now();
    expect(findHtmlMarkup("<p ".repeat(200_000))).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("ignores angle brackets that are not HTML tags", () => {
    expect(findHtmlMarkup("Inflation < 3% and growth > 1%, <3 from <Reuters>")).toBeNull();
    expect(findHtmlMarkup("<pasta> is not a tag")).toBeNull();
  });
});
