import { describe, expect, it } from "vitest";
import { tagNestingDepth } from "./html-nesting.ts";

describe("tagNestingDepth", () => {
  it("counts explicit nesting, not void or optional-end elements", () => {
    expect(tagNestingDepth("<div><p>a<br><img src=x /><span>b</span></div>")).toBe(2);
    expect(tagNestingDepth("<p>one<p>two<p>three")).toBe(0);
    expect(tagNestingDepth("<DIV><Section><x-y></x-y></Section></DIV>")).toBe(3);
  });

  it("does not go below zero on stray end tags", () => {
    expect(tagNestingDepth("</div></div><b>x</b>")).toBe(1);
  });

  it("treats text without tags as depth zero", () => {
    expect(tagNestingDepth("a < b and c > d")).toBe(0);
  });

  it("counts <x/> as opened, as the HTML parser opens it, so nesting cannot hide behind slashes", () => {
    expect(tagNestingDepth("<div/><div/><div/>")).toBe(3);
  });

  it("scans unclosed tags in linear time", () => {
    const started = performance.now();
    expect(tagNestingDepth("<p ".repeat(200_000))).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
