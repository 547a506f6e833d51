import { describe, expect, it } from "vitest";
import { pageProblem } from "./compare-requests.ts";

const shell = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;

describe("pageProblem", () => {
  it("accepts a page whose every fallback was completed", () => {
    const html = shell(`<template id="B:0"></template><p>Loading</p><div hidden id="S:0"><h2>Frames</h2></div>`);
    expect(pageProblem(html)).toBeNull();
  });

  it("names a page cut short, a section that failed on the server, or one that never arrived", () => {
    expect(pageProblem("<!DOCTYPE html><html><body><template")).toMatch(/did not finish/);
    expect(pageProblem(shell(`<template id="B:0"></template><script>$RX("B:0","123")</script>`))).toMatch(/failed/);
    expect(
      pageProblem(shell(`<template id="B:0"></template><template id="B:1"></template><div hidden id="S:0">`)),
    ).toBe("1 of 2 sections never arrived");
  });
});
