import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "../parse-html-document.ts";
import { renderBlocks } from "../render-blocks.ts";
import { filterBlocks } from "./filter-blocks.ts";

const prose = (topic: string) =>
  `${topic} was discussed at length by the committee, which heard from residents, traders and the police before reaching its decision late on Tuesday evening.`;

function keptText(body: string, titles: string[] = []): string[] {
  return withHtmlDocument(`<body>${body}</body>`, null, (document) =>
    filterBlocks(renderBlocks(document.body), titles).map((block) => block.text),
  );
}

describe("filterBlocks", () => {
  it("keeps the story, its subheadings and a lone linked line within it", () => {
    const body = `<p>${prose("Parking")}</p><h2>What happens next</h2><p><a href="/x">A linked subheading</a></p><p>${prose("Lighting")}</p>`;
    expect(keptText(body)).toEqual([prose("Parking"), "What happens next", "A linked subheading", prose("Lighting")]);
  });

  it("drops related-story boxes, pointer lines and the repeated headline", () => {
    const body = `<h1>Town votes on parking</h1><p>${prose("Parking")}</p><p>Related: <a href="/r">Parking fees rise</a></p>
      <ul><li><a href="/1">Bus lane opens</a></li><li><a href="/2">Bridge repairs</a></li><li><a href="/3">New mayor</a></li></ul><p>${prose("Lighting")}</p>`;
    expect(keptText(body, ["Town votes on parking"])).toEqual([prose("Parking"), prose("Lighting")]);
  });

  it("recognises pointer lines in other languages", () => {
    const body = `<p>${prose("Parking")}</p><p>Lea también: <a href="/r">Suben las tarifas</a></p><p>${prose("Lighting")}</p>`;
    expect(keptText(body)).toEqual([prose("Parking"), prose("Lighting")]);
  });

  it("keeps a long list of links, which is the content of a round-up", () => {
    const items = Array.from(
      { length: 10 },
      (_, index) => `<li><a href="/${index}">Resource number ${index}</a></li>`,
    ).join("");
    expect(keptText(`<p>${prose("Resources")}</p><ul>${items}</ul><p>${prose("Funding")}</p>`)).toHaveLength(12);
  });

  it("drops datelines, labels, credits and ad markers around the story, and trailing section headings", () => {
    const body = `<p>Updated Nov 19, 2019, 6:55 AM</p><p>Advertisement</p><p>${prose("Parking")}</p><p>(Image: © City Archive)</p>
      <p>${prose("Lighting")}</p><h3>Comments</h3><h3>More on this</h3>`;
    expect(keptText(body)).toEqual([prose("Parking"), prose("Lighting")]);
  });

  it("keeps a schedule: several datelines in a row are data, not metadata", () => {
    const schedule = "<p>September 10, 12pm, Room 217</p><p>September 17, 12pm, Room 217</p>";
    expect(keptText(`<p>${prose("Yoga")}</p>${schedule}`)).toEqual([
      prose("Yoga"),
      "September 10, 12pm, Room 217",
      "September 17, 12pm, Room 217",
    ]);
  });

  it("drops the sign-off: newsletter prompts, reporting credits and contact lines at the end", () => {
    const body = `<p>${prose("Parking")}</p><p>(Reporting by Jane Roe; Editing by John Doe)</p><p>Sign up for our daily newsletter.</p><p>Email the reporter at jane@news.example.</p>`;
    expect(keptText(body)).toEqual([prose("Parking")]);
  });

  it("drops picture credits and navigation labels however they are worded", () => {
    const body = `<p>Table of contents</p><p>${prose("Parking")}</p><p>(Image credit: City Archive)</p><p>Photo credit: Jane Roe</p>
      <p>${prose("Lighting")}</p><p>Back to top</p>`;
    expect(keptText(body)).toEqual([prose("Parking"), prose("Lighting")]);
  });
});
