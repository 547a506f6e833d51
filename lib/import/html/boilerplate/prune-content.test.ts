import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "../parse-html-document.ts";
import { renderBlocks } from "../render-blocks.ts";
import { pruneContent } from "./prune-content.ts";

const paragraph =
  "The committee heard from residents, traders and the police before reaching its decision late on Tuesday evening after a long debate.";

function prunedText(body: string, options?: { keepDominantFurniture: boolean }): string[] {
  return withHtmlDocument(`<body><div id="content">${body}</div></body>`, null, (document) => {
    const content = document.getElementById("content") as Element;
    pruneContent(content, options);
    return renderBlocks(content).map((block) => block.text);
  });
}

describe("pruneContent", () => {
  it("removes captions, share bars, bylines, navigation and asides", () => {
    const body = `<figure><img src="a.jpg"><figcaption>A caption. Photo: Agency</figcaption></figure><div class="social-share">Share</div>
      <p class="article__byline">By A. Writer</p><nav>Sections</nav><aside>Sidebar</aside><p>${paragraph}</p><p>${paragraph}</p>`;
    expect(prunedText(body)).toEqual([paragraph, paragraph]);
  });

  it("reads hints as whole words: hashed ids and words that merely contain a hint stay", () => {
    const body = `<div id="component_1ad269af0d"><p>${paragraph}</p></div><div class="authored-content"><p>${paragraph}</p></div>`;
    expect(prunedText(body)).toEqual([paragraph, paragraph]);
  });

  it("keeps pull quotes: a figure holding a blockquote, with its attribution", () => {
    const body = `<p>${paragraph}</p><figure><blockquote>We waited long enough.</blockquote><figcaption>Margaret Holt</figcaption></figure>`;
    expect(prunedText(body)).toEqual([paragraph, "We waited long enough.", "Margaret Holt"]);
  });

  it("keeps furniture-like elements that make up much of the content, like the slides of a gallery story", () => {
    const slides = Array.from(
      { length: 4 },
      (_, index) =>
        `<figure class="slide"><img src="${index}.jpg"><figcaption>Slide ${index}: ${paragraph}</figcaption></figure>`,
    ).join("");
    expect(prunedText(`<p>Intro.</p>${slides}`)).toHaveLength(5);
  });

  it("removes even dominant furniture when asked, to measure how much story is left", () => {
    const comments = Array.from({ length: 4 }, () => `<li class="comment">${paragraph}</li>`).join("");
    const body = `<p>${paragraph}</p><div class="comments-area"><ol>${comments}</ol></div>`;
    expect(prunedText(body)).toHaveLength(5);
    expect(prunedText(body, { keepDominantFurniture: false })).toEqual([paragraph]);
  });
});
